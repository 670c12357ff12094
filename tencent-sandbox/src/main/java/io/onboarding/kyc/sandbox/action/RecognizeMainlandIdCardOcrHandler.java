package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OCR of a mainland resident ID card on the international site (ocr.intl.tencentcloudapi.com). Its warnings are
 * always on (there is no Config) and use the international code table.
 */
final class RecognizeMainlandIdCardOcrHandler implements Action {

    private static final ActionSpec SPEC = new ActionSpec(
            "RecognizeMainlandIDCardOCR",
            Product.OCR,
            "2018-11-19",
            RegionRule.oneOf("ap-singapore"),
            Map.of(
                    ImageLoader.IMAGE_BASE64,
                    ParameterType.STRING,
                    ImageLoader.IMAGE_URL,
                    ParameterType.STRING,
                    "CardSide",
                    ParameterType.STRING,
                    "CropPortrait",
                    ParameterType.BOOLEAN,
                    "CropIdCard",
                    ParameterType.BOOLEAN));
    private static final ImageLoader.Rules IMAGE_RULES = ImageLoader.Rules.of(
            ImageLoader.Precedence.URL_FIRST,
            7 * ImageLoader.MEGABYTE,
            Set.of("PNG", "JPEG", "BMP"),
            ImageLoader.Failures.OCR);

    /** The international table (seed 002); -9109 "warning capability not enabled" is an account state. */
    static final List<WarningRule> WARNINGS = List.of(
            WarningRule.onDefects(-9101, null, CardDefect.INCOMPLETE_BORDER, CardDefect.OCCLUDED),
            WarningRule.onDefects(-9102, null, CardDefect.PHOTOCOPY, CardDefect.COLOUR_PHOTOCOPY),
            WarningRule.onDefects(-9103, null, CardDefect.RESHOOT, CardDefect.ELECTRONIC),
            WarningRule.onDefects(-9104, null, CardDefect.PS_ALTERED),
            WarningRule.onDefects(-9107, null, CardDefect.REFLECTIVE),
            WarningRule.onDefects(-9108, null, CardDefect.BLURRY));

    private final ImageLoader images;

    RecognizeMainlandIdCardOcrHandler(ImageLoader images) {
        this.images = images;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        Optional<SandboxCardSide> expectedSide = CardSideParameter.of(call);
        ImageLoader.LoadedImage image = images.load(call, IMAGE_RULES);
        CardImage seen = CardReader.read(image.bytes())
                .orElseThrow(() -> new ApiError(ErrorCodes.IMAGE_NO_ID_CARD, "No ID card was detected in the image."));
        call.concernsIdNumber(seen.card().idNumber());
        refuseUnreadable(seen);
        if (expectedSide.isPresent() && !seen.shows(expectedSide.get())) {
            throw new ApiError(
                    ErrorCodes.CARD_SIDE_ERROR,
                    "CardSide is " + expectedSide.get() + " but the image shows the " + seen.side() + " side.");
        }
        // a page with both sides is read whole unless the caller names one
        Set<SandboxCardSide> read = expectedSide
                .map(EnumSet::of)
                .orElseGet(
                        () -> seen.showsBothSides() ? EnumSet.allOf(SandboxCardSide.class) : EnumSet.of(seen.side()));
        if (read.contains(SandboxCardSide.FRONT) && !CardFields.legible(seen.card())) {
            throw new ApiError(ErrorCodes.ID_CARD_INFO_ILLEGAL, "The ID number or name on the card is not valid.");
        }

        ObjectNode out = Envelope.JSON.createObjectNode();
        OcrText.putSides(out, seen.card(), read);
        ArrayNode warnings = out.putArray("WarnCardInfos");
        WarningRule.firing(WARNINGS, seen, null).forEach(warnings::add);
        boolean portrait = call.flag("CropPortrait") && read.contains(SandboxCardSide.FRONT);
        out.put("PortraitImage", portrait ? Crops.portrait(image.bytes(), seen, ImageEncoding.PNG) : "");
        out.put("IdCardImage", call.flag("CropIdCard") ? Crops.card(image.bytes(), seen, ImageEncoding.PNG) : "");
        return new ActionResult(out, ActionResult.SUCCESS, true);
    }

    /** Photos the international OCR refuses outright rather than reading with a warning. */
    private static void refuseUnreadable(CardImage seen) {
        if (seen.has(CardDefect.SEVERE_BLUR)) {
            throw new ApiError(ErrorCodes.IMAGE_BLUR, "The image is too blurry to recognise.");
        }
        if (seen.has(CardDefect.LOW_RESOLUTION) || seen.has(CardDefect.SMALL_IN_FRAME)) {
            throw new ApiError(
                    ErrorCodes.ID_CARD_TOO_SMALL,
                    "The image resolution is too low or the card takes up too little of it.");
        }
        if (seen.has(CardDefect.MULTIPLE_CARDS)) {
            throw new ApiError(ErrorCodes.MULTI_CARD_ERROR, "More than one card of the same side is in the image.");
        }
    }
}
