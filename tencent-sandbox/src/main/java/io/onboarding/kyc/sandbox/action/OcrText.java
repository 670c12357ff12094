package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import java.time.LocalDate;
import java.util.Set;

/** The text fields as Tencent's ID-card OCR returns them. */
final class OcrText {

    private OcrText() {}

    /** Name, Sex, Nation, Birth, Address and IdNum of the portrait side. */
    static void putPortraitSide(ObjectNode out, MainlandIdCard card, String idNumberField) {
        out.put("Name", text(card.name()));
        out.put("Sex", text(card.sex()));
        out.put("Nation", text(card.nation()));
        out.put("Birth", birth(card.birth()));
        out.put("Address", text(card.address()));
        out.put(idNumberField, text(card.idNumber()));
    }

    /** The eight OCR fields; those of a side not read are empty strings, as the service sends them. */
    static void putSides(ObjectNode out, MainlandIdCard card, Set<SandboxCardSide> sides) {
        if (sides.contains(SandboxCardSide.FRONT)) {
            putPortraitSide(out, card, "IdNum");
        } else {
            putEmpty(out, "Name", "Sex", "Nation", "Birth", "Address", "IdNum");
        }
        if (sides.contains(SandboxCardSide.BACK)) {
            out.put("Authority", text(card.authority()));
            out.put("ValidDate", card.printedValidity());
        } else {
            putEmpty(out, "Authority", "ValidDate");
        }
    }

    /** OCR reads dates without padding: {@code 1995/5/13}. */
    static String birth(LocalDate date) {
        return date == null ? "" : date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
    }

    static void putEmpty(ObjectNode out, String... fields) {
        for (String field : fields) {
            out.put(field, "");
        }
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
