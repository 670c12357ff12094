package io.onboarding.kyc.contract.journey;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which non-mainland cards Tencent's card verification takes, and whether it needs the back side
 * (the table of the ApplyCardVerification documentation). Passports have no back side.
 */
public final class ForeignCardRules {

    /** Tencent's nationality codes; PHL is in its card table though its parameter list omits it. */
    public static final Set<String> NATIONALITIES =
            Set.of("IDN", "HKG", "THA", "MYS", "SGP", "PHL", "JPN", "TWN", "BGD", "NGA", "PAK");

    private static final Map<String, Boolean> BACK_REQUIRED = Map.ofEntries(
            Map.entry("IDN/ID_CARD", false),
            Map.entry("IDN/DRIVING_LICENSE", false),
            Map.entry("HKG/ID_CARD", true),
            Map.entry("THA/ID_CARD", false),
            Map.entry("THA/DRIVING_LICENSE", true),
            Map.entry("MYS/ID_CARD", true),
            Map.entry("MYS/DRIVING_LICENSE", true),
            Map.entry("SGP/ID_CARD", true),
            Map.entry("SGP/DRIVING_LICENSE", true),
            Map.entry("PHL/ID_CARD", true),
            Map.entry("PHL/DRIVING_LICENSE", false),
            Map.entry("JPN/ID_CARD", true),
            Map.entry("JPN/DRIVING_LICENSE", false),
            Map.entry("TWN/ID_CARD", true));

    private ForeignCardRules() {}

    public static boolean isForeign(String country) {
        return NATIONALITIES.contains(country);
    }

    /**
     * Whether the back side must be sent; empty when the combination is one Tencent's table does not
     * list (the card cannot be verified), always false for passports and AUTO.
     */
    public static Optional<Boolean> backRequired(String nationality, DocumentType type) {
        if (type == DocumentType.PASSPORT || type == DocumentType.AUTO || "AUTO".equals(nationality)) {
            return Optional.of(false);
        }
        return Optional.ofNullable(BACK_REQUIRED.get(nationality + "/" + type.name()));
    }
}
