package io.onboarding.kyc.contract.journey;

import io.onboarding.kyc.contract.cardverification.CardVerificationApi;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which non-mainland cards Tencent's card verifications take, and whether they need the back side: the tables of
 * the ApplyCardVerification and ApplyCardVerificationExternal documentation. The successor lists more countries
 * than these; the journeys accept the first API's countries for now (docs/vendor-calls.md).
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

    /**
     * ApplyCardVerificationExternal's table for the countries above (2025-12-08). It lists passports only for some
     * countries, and not Taiwan at all; Bangladesh, Nigeria and Pakistan appear with their back-side rule.
     */
    private static final Map<String, Boolean> EXTERNAL_BACK_REQUIRED = Map.ofEntries(
            Map.entry("IDN/ID_CARD", false),
            Map.entry("IDN/DRIVING_LICENSE", false),
            Map.entry("HKG/ID_CARD", true),
            Map.entry("THA/ID_CARD", false),
            Map.entry("THA/DRIVING_LICENSE", true),
            Map.entry("MYS/ID_CARD", true),
            Map.entry("MYS/DRIVING_LICENSE", true),
            Map.entry("SGP/ID_CARD", true),
            Map.entry("SGP/DRIVING_LICENSE", true),
            Map.entry("SGP/PASSPORT", false),
            Map.entry("PHL/ID_CARD", true),
            Map.entry("PHL/DRIVING_LICENSE", false),
            Map.entry("JPN/ID_CARD", true),
            Map.entry("JPN/DRIVING_LICENSE", false),
            Map.entry("BGD/ID_CARD", true),
            Map.entry("BGD/DRIVING_LICENSE", true),
            Map.entry("BGD/PASSPORT", false),
            Map.entry("NGA/ID_CARD", true),
            Map.entry("NGA/DRIVING_LICENSE", true),
            Map.entry("NGA/PASSPORT", false),
            Map.entry("PAK/ID_CARD", true),
            Map.entry("PAK/DRIVING_LICENSE", true),
            Map.entry("PAK/PASSPORT", false));

    private ForeignCardRules() {}

    public static boolean isForeign(String country) {
        return NATIONALITIES.contains(country);
    }

    /**
     * Whether the back side must be sent; empty when the combination is one Tencent's table does not
     * list (the card cannot be verified), always false for passports and AUTO.
     */
    public static Optional<Boolean> backRequired(String nationality, DocumentType type) {
        return backRequired(CardVerificationApi.LEGACY, nationality, type);
    }

    /**
     * As {@link #backRequired(String, DocumentType)}, by the table of the API that checks the card. The successor
     * knows no AUTO, so journeys that let Tencent recognise the card use the first API.
     */
    public static Optional<Boolean> backRequired(CardVerificationApi api, String nationality, DocumentType type) {
        if (api == CardVerificationApi.EXTERNAL && type != DocumentType.AUTO && !"AUTO".equals(nationality)) {
            return Optional.ofNullable(EXTERNAL_BACK_REQUIRED.get(nationality + "/" + type.name()));
        }
        if (type == DocumentType.PASSPORT || type == DocumentType.AUTO || "AUTO".equals(nationality)) {
            return Optional.of(false);
        }
        return Optional.ofNullable(BACK_REQUIRED.get(nationality + "/" + type.name()));
    }
}
