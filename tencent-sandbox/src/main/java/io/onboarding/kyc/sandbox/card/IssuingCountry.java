package io.onboarding.kyc.sandbox.card;

import java.awt.Color;

/**
 * Issuers of the non-mainland documents the generator draws, by ISO 3166-1 alpha-3 code (as Tencent's
 * {@code Nationality} parameter spells them), with the name and colour printed on the sandbox's documents.
 */
public enum IssuingCountry {
    IDN("INDONESIA", new Color(0x2C, 0x6E, 0xB5)),
    HKG("HONG KONG", new Color(0x6A, 0x4C, 0x9C)),
    THA("THAILAND", new Color(0x3A, 0x7C, 0xA5)),
    MYS("MALAYSIA", new Color(0x1F, 0x5F, 0x8B)),
    SGP("SINGAPORE", new Color(0xC0, 0x39, 0x2B)),
    PHL("PHILIPPINES", new Color(0x24, 0x5B, 0xA7)),
    JPN("JAPAN", new Color(0x4E, 0x8F, 0x5A)),
    TWN("TAIWAN", new Color(0x2E, 0x86, 0x8C)),
    BGD("BANGLADESH", new Color(0x1E, 0x7D, 0x4E)),
    NGA("NIGERIA", new Color(0x2F, 0x8F, 0x3A)),
    PAK("PAKISTAN", new Color(0x21, 0x6E, 0x3B));

    private final String printedName;
    private final Color colour;

    IssuingCountry(String printedName, Color colour) {
        this.printedName = printedName;
        this.colour = colour;
    }

    public String printedName() {
        return printedName;
    }

    Color colour() {
        return colour;
    }
}
