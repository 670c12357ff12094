package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.CardSide;
import io.onboarding.kyc.sandbox.card.ImageFormat;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** OCR of a mainland resident ID card on the international site (ocr.intl.tencentcloudapi.com). */
final class RecognizeMainlandIdCardOcr implements Action {

    private static final ActionSpec SPEC = new ActionSpec("RecognizeMainlandIDCardOCR", Product.OCR, "2018-11-19",
            RegionRule.oneOf("ap-singapore"),
            Map.of(ImageLoader.IMAGE_BASE64, ParameterType.STRING, ImageLoader.IMAGE_URL, ParameterType.STRING,
                    "CardSide", ParameterType.STRING, "CropPortrait", ParameterType.BOOLEAN,
                    "CropIdCard", ParameterType.BOOLEAN));
    private static final ImageLoader.Rules IMAGE_RULES = new ImageLoader.Rules(ImageLoader.Precedence.URL_FIRST,
            7 * ImageLoader.MEGABYTE, Set.of("PNG", "JPEG", "BMP"));

    private final ImageLoader images;

    RecognizeMainlandIdCardOcr(ImageLoader images) {
        this.images = images;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        Optional<CardSide> expectedSide = cardSide(call);
        ImageLoader.LoadedImage image = images.load(call, IMAGE_RULES);
        CardImage seen = CardReader.read(image.bytes())
                .orElseThrow(() -> new ApiError(ErrorCodes.IMAGE_NO_ID_CARD, "No ID card was detected in the image."));
        call.concernsIdNumber(seen.card().idNumber());
        if (expectedSide.isPresent() && expectedSide.get() != seen.side()) {
            throw new ApiError(ErrorCodes.CARD_SIDE_ERROR,
                    "CardSide is " + expectedSide.get() + " but the image shows the " + seen.side() + " side.");
        }

        ObjectNode out = Envelope.JSON.createObjectNode();
        if (seen.side() == CardSide.FRONT) {
            OcrText.putPortraitSide(out, seen.card(), "IdNum");
            OcrText.putEmpty(out, "Authority", "ValidDate");
        } else {
            OcrText.putEmpty(out, "Name", "Sex", "Nation", "Birth", "Address", "IdNum");
            out.put("Authority", OcrText.text(seen.card().authority()));
            out.put("ValidDate", seen.card().printedValidity());
        }
        out.putArray("WarnCardInfos"); // a generated card is clean: no photocopy, glare or blur
        boolean portrait = call.flag("CropPortrait") && seen.side() == CardSide.FRONT;
        out.put("PortraitImage", portrait ? Crops.portrait(image.bytes(), ImageFormat.PNG) : "");
        out.put("IdCardImage", call.flag("CropIdCard") ? Crops.card(image.bytes(), ImageFormat.PNG) : "");
        return new ActionResult(out, ActionResult.SUCCESS, true);
    }

    private static Optional<CardSide> cardSide(ActionCall call) {
        Optional<String> value = call.string("CardSide").filter(side -> !side.isEmpty());
        if (value.isEmpty()) {
            return Optional.empty(); // the service works the side out itself
        }
        try {
            return Optional.of(CardSide.valueOf(value.get()));
        } catch (IllegalArgumentException e) {
            throw new ApiError(ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT, "CardSide must be FRONT or BACK.");
        }
    }
}
