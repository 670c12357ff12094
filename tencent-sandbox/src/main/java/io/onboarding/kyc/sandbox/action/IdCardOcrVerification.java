package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.CardSide;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.ResidentIdNumber;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Name and ID number against the authority's records, typed in or read off the portrait side. Answers with
 * a {@code Result} code rather than an error: only {@code 0} and {@code -1} are billed.
 */
final class IdCardOcrVerification implements Action {

    private static final ActionSpec SPEC = new ActionSpec("IdCardOCRVerification", Product.FACEID, "2018-03-01",
            RegionRule.none(),
            Map.of("IdCard", ParameterType.STRING, "Name", ParameterType.STRING,
                    ImageLoader.IMAGE_BASE64, ParameterType.STRING, ImageLoader.IMAGE_URL, ParameterType.STRING,
                    "Encryption", ParameterType.OBJECT));
    private static final ImageLoader.Rules IMAGE_RULES = new ImageLoader.Rules(ImageLoader.Precedence.BASE64_FIRST,
            3 * ImageLoader.MEGABYTE, Set.of("PNG", "JPEG"));
    private static final int MAX_NAME_LENGTH = 32;

    /** The documented result codes, with the English descriptions of the international site. */
    static final BusinessResult MATCH = new BusinessResult("0", "Name and identity card number match", true);
    static final BusinessResult MISMATCH = new BusinessResult("-1", "Name and ID card number mismatch", true);
    static final BusinessResult INVALID_ID_NUMBER = new BusinessResult("-2",
            "Invalid ID number (incorrect length, check digit, etc.)", false);
    static final BusinessResult INVALID_NAME = new BusinessResult("-3", "Invalid name (incorrect length or format)", false);
    static final BusinessResult NO_RECORD = new BusinessResult("-5", "No ID card record found in the document library", false);

    private final ImageLoader images;
    private final AuthorityRecords authority;

    IdCardOcrVerification(ImageLoader images, AuthorityRecords authority) {
        this.images = images;
        this.authority = authority;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        if (call.has("Encryption")) {
            throw new ApiError(ErrorCodes.UNSUPPORTED_OPERATION,
                    "The sandbox does not emulate encrypted IdCard and Name; send them in plain text.");
        }
        // Name and number win over an image; half a pair without an image is still checked (and fails as -2/-3).
        boolean typedIn = call.has("IdCard") || call.has("Name");
        if ((call.has("IdCard") && call.has("Name")) || (typedIn && !ImageLoader.hasImage(call))) {
            String name = call.string("Name").orElse("");
            String idNumber = call.string("IdCard").orElse("");
            call.concernsIdNumber(idNumber);
            return answer(name, idNumber, Optional.empty());
        }
        if (!ImageLoader.hasImage(call)) {
            throw ApiError.invalidParameter("One of Name and IdCard, ImageBase64 or ImageUrl must be provided.");
        }
        ImageLoader.LoadedImage image = images.load(call, IMAGE_RULES);
        MainlandIdCard card = CardReader.read(image.bytes())
                .filter(seen -> seen.side() == CardSide.FRONT)
                .map(CardImage::card)
                .orElseThrow(() -> new ApiError(ErrorCodes.IMAGE_NO_ID_CARD,
                        "No portrait side of an ID card was detected in the image."));
        call.concernsIdNumber(card.idNumber());
        return answer(OcrText.text(card.name()), OcrText.text(card.idNumber()), Optional.of(card));
    }

    private ActionResult answer(String name, String idNumber, Optional<MainlandIdCard> card) {
        BusinessResult result = verify(name, idNumber);
        ObjectNode out = Envelope.JSON.createObjectNode();
        out.put("Result", result.code());
        out.put("Description", result.description());
        out.put("Name", name);
        out.put("IdCard", idNumber);
        out.put("Sex", card.map(MainlandIdCard::sex).map(OcrText::text).orElse(""));
        out.put("Nation", card.map(MainlandIdCard::nation).map(OcrText::text).orElse(""));
        out.put("Birth", card.map(MainlandIdCard::birth).map(OcrText::birth).orElse(""));
        out.put("Address", card.map(MainlandIdCard::address).map(OcrText::text).orElse(""));
        return new ActionResult(out, result.code(), result.billable());
    }

    /** Format checks come first and are free; only a well-formed pair reaches the records. */
    private BusinessResult verify(String name, String idNumber) {
        if (!ResidentIdNumber.isValid(idNumber)) {
            return INVALID_ID_NUMBER;
        }
        if (!validName(name)) {
            return INVALID_NAME;
        }
        return switch (authority.verify(name, idNumber).match()) {
            case MATCH -> MATCH;
            case NAME_MISMATCH -> MISMATCH;
            case NOT_FOUND -> NO_RECORD;
        };
    }

    private static boolean validName(String name) {
        return !name.isBlank()
                && name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH
                && name.chars().noneMatch(Character::isDigit);
    }
}
