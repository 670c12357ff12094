package io.onboarding.kyc.sandbox.action;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which documents ApplyCardVerificationExternal takes and whether it needs their back side: the table on Tencent's
 * page (www.tencentcloud.com/document/api/1005/74400, 2025-12-08), keyed by the ISO 3166-1 alpha-3 code and
 * {@code CardType} the caller sends. The stored copy of the page breaks off after Malaysia; the rows it shows for
 * Indonesia, Hong Kong and Thailand repeat seed 003's, so the rest is taken from seed 003 too (Malaysia,
 * Philippines, Japan). Unlike the Face ID pair, no passport is listed for those older issuers, and Bangladesh,
 * Nigeria and Pakistan now need the back of their ID cards.
 */
final class ExternalCardVerificationRules {

    static final String ID_CARD = "ID_CARD";
    static final String PASSPORT = "PASSPORT";
    static final String DRIVING_LICENSE = "DRIVING_LICENSE";
    static final String RESIDENCE_PERMIT = "RESIDENCE_PERMIT";

    private static final Map<String, Map<String, Boolean>> BACK_REQUIRED = build();

    private ExternalCardVerificationRules() {}

    /**
     * Whether the issuer's document of that type must come with its back side.
     *
     * @return empty when the page does not list that document
     */
    static Optional<Boolean> backRequired(String nationality, String cardType) {
        return Optional.ofNullable(BACK_REQUIRED.get(nationality)).map(types -> types.get(cardType));
    }

    static boolean supported(String nationality, String cardType) {
        return backRequired(nationality, cardType).isPresent();
    }

    private static Map<String, Map<String, Boolean>> build() {
        Map<String, Map<String, Boolean>> table = new LinkedHashMap<>();
        // issuer, then back required for: driving licence, ID card, passport, residence permit (null: not listed)
        row(table, "ARG", true, true, false, null);
        row(table, "AUS", true, true, false, true);
        row(table, "BGD", true, true, false, null);
        row(table, "KHM", true, true, false, null);
        row(table, "CAN", false, true, true, true);
        row(table, "CHL", true, true, false, null);
        row(table, "DEU", true, true, false, true);
        row(table, "MEX", false, true, false, null);
        row(table, "MMR", false, true, false, null);
        row(table, "NZL", true, false, false, false);
        row(table, "NGA", true, true, false, true);
        row(table, "PAK", true, true, false, null);
        row(table, "RUS", true, false, false, null);
        row(table, "SGP", true, true, false, true);
        row(table, "IDN", false, false, null, null);
        row(table, "HKG", null, true, null, null);
        row(table, "THA", true, false, null, null);
        row(table, "MYS", true, true, null, null);
        row(table, "PHL", false, true, null, null);
        row(table, "JPN", false, true, null, null);
        return Map.copyOf(table);
    }

    private static void row(
            Map<String, Map<String, Boolean>> table,
            String nationality,
            Boolean drivingLicence,
            Boolean idCard,
            Boolean passport,
            Boolean residencePermit) {
        Map<String, Boolean> types = new LinkedHashMap<>();
        put(types, DRIVING_LICENSE, drivingLicence);
        put(types, ID_CARD, idCard);
        put(types, PASSPORT, passport);
        put(types, RESIDENCE_PERMIT, residencePermit);
        table.put(nationality, Map.copyOf(types));
    }

    private static void put(Map<String, Boolean> types, String type, Boolean backRequired) {
        if (backRequired != null) {
            types.put(type, backRequired);
        }
    }
}
