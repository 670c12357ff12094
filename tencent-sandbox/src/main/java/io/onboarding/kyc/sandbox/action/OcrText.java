package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import java.time.LocalDate;

/** The text fields as Tencent's ID-card OCR returns them. */
final class OcrText {

    private OcrText() {
    }

    /** Name, Sex, Nation, Birth, Address and IdNum of the portrait side. */
    static void putPortraitSide(ObjectNode out, MainlandIdCard card, String idNumberField) {
        out.put("Name", text(card.name()));
        out.put("Sex", text(card.sex()));
        out.put("Nation", text(card.nation()));
        out.put("Birth", birth(card.birth()));
        out.put("Address", text(card.address()));
        out.put(idNumberField, text(card.idNumber()));
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
