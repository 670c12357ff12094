package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.CardSide;
import io.onboarding.kyc.sandbox.card.ImageFormat;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.ResidentIdNumber;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Reads the portrait side, checks name and number with the authority and compares the card photo with the
 * authority's photo. Business outcomes come back in {@code Result}; unreadable images are errors.
 */
final class CheckIdCardInformation implements Action {

    private static final ActionSpec SPEC = new ActionSpec("CheckIdCardInformation", Product.FACEID, "2018-03-01",
            RegionRule.none(),
            Map.of(ImageLoader.IMAGE_BASE64, ParameterType.STRING, ImageLoader.IMAGE_URL, ParameterType.STRING,
                    "Config", ParameterType.STRING, "IsEncrypt", ParameterType.BOOLEAN,
                    "IsEncryptResponse", ParameterType.BOOLEAN, "Encryption", ParameterType.OBJECT));
    private static final ImageLoader.Rules IMAGE_RULES = new ImageLoader.Rules(ImageLoader.Precedence.URL_FIRST,
            7 * ImageLoader.MEGABYTE, Set.of("PNG", "JPEG"));

    /**
     * Outcomes reported in {@code Result}, with the descriptions of Tencent's error table. Those answered by the
     * authority are billed; a malformed number never reaches it.
     */
    static final BusinessResult SUCCESS = new BusinessResult("Success", "Success", true);
    static final BusinessResult ID_NAME_MISMATCH = new BusinessResult("FailedOperation.IdNameMisMatch",
            "Name and ID card number mismatch. Please verify and try again after.", true);
    static final BusinessResult ID_NOT_IN_SYSTEM = new BusinessResult("FailedOperation.IdNoExistSystem",
            "The number is not found in the database. Please go to the place of household registration to verify.",
            true);
    static final BusinessResult ID_FORMAT_ERROR = new BusinessResult("FailedOperation.IdFormatError",
            "Input identity card number error.", false);

    private final ImageLoader images;
    private final AuthorityRecords authority;

    CheckIdCardInformation(ImageLoader images, AuthorityRecords authority) {
        this.images = images;
        this.authority = authority;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        call.string("Config").ifPresent(CheckIdCardInformation::requireJsonObject);
        if (call.flag("IsEncrypt") || call.flag("IsEncryptResponse")) {
            throw new ApiError(ErrorCodes.UNSUPPORTED_OPERATION, "The sandbox does not emulate response encryption.");
        }
        ImageLoader.LoadedImage image = images.load(call, IMAGE_RULES);
        MainlandIdCard card = CardReader.read(image.bytes())
                .filter(seen -> seen.side() == CardSide.FRONT)
                .map(CardImage::card)
                .orElseThrow(() -> new ApiError(ErrorCodes.IMAGE_NO_ID_CARD,
                        "No portrait side of an ID card was detected in the image."));
        call.concernsIdNumber(card.idNumber());

        BigDecimal similarity = BigDecimal.ZERO;
        BusinessResult result;
        if (!ResidentIdNumber.isValid(card.idNumber())) {
            result = ID_FORMAT_ERROR;
        } else {
            AuthorityRecords.Verdict verdict = authority.verify(card.name(), card.idNumber());
            result = switch (verdict.match()) {
                case NOT_FOUND -> ID_NOT_IN_SYSTEM;
                case NAME_MISMATCH -> ID_NAME_MISMATCH;
                case MATCH -> SUCCESS;
            };
            if (result == SUCCESS) {
                similarity = PortraitComparison.similarity(card.portraitSubject(), verdict.record().orElseThrow().portraitSubject());
            }
        }

        ObjectNode out = Envelope.JSON.createObjectNode();
        out.put("Sim", similarity);
        out.put("Result", result.code());
        out.put("Description", result.description());
        OcrText.putPortraitSide(out, card, "IdNum");
        out.put("Portrait", Crops.portrait(image.bytes(), ImageFormat.JPEG));
        out.put("Warnings", ""); // no configured warning fires on a generated card
        out.put("Quality", PortraitComparison.quality(card.portraitSubject()));
        out.putNull("Encryption");
        return new ActionResult(out, result.code(), result.billable());
    }

    /** Config is a JSON object sent as a string, e.g. {@code "{\"CopyWarn\":true}"}. */
    private static void requireJsonObject(String config) {
        try {
            JsonNode node = Envelope.JSON.readTree(config);
            if (node != null && node.isObject()) {
                return;
            }
        } catch (JsonProcessingException e) {
            // answered below, like any other non-object
        }
        throw ApiError.invalidParameter("Config is not a valid JSON object string.");
    }
}
