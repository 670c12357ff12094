package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OCR of a mainland resident ID card on the mainland site (ocr.tencentcloudapi.com). Unlike the international
 * action, every extra is opt-in through {@code Config} and comes back inside the {@code AdvancedInfo} JSON string,
 * with the mainland warning table.
 */
final class IdCardOcrHandler implements Action {

    /** The OCR product's regions on the mainland site. */
    static final String[] REGIONS = {
        "ap-beijing",
        "ap-guangzhou",
        "ap-shanghai",
        "ap-nanjing",
        "ap-chengdu",
        "ap-chongqing",
        "ap-hongkong",
        "ap-seoul",
        "ap-singapore",
        "eu-frankfurt",
        "na-toronto",
        "ap-shanghai-fsi",
        "ap-shenzhen-fsi"
    };

    private static final ActionSpec SPEC = new ActionSpec(
            "IDCardOCR",
            Product.OCR,
            "2018-11-19",
            RegionRule.oneOf(REGIONS),
            Map.of(
                    ImageLoader.IMAGE_BASE64,
                    ParameterType.STRING,
                    ImageLoader.IMAGE_URL,
                    ParameterType.STRING,
                    "CardSide",
                    ParameterType.STRING,
                    "Config",
                    ParameterType.STRING,
                    "CardWarnType",
                    ParameterType.STRING));
    /** Seed 004: base64 wins; 6 MB of base64, 3 MB (after base64) for a download; PNG, JPG, JPEG. */
    private static final ImageLoader.Rules IMAGE_RULES = ImageLoader.Rules.of(
                    ImageLoader.Precedence.BASE64_FIRST,
                    6 * ImageLoader.MEGABYTE,
                    Set.of("PNG", "JPEG"),
                    ImageLoader.Failures.OCR)
            .withUrlLimit(3 * ImageLoader.MEGABYTE);

    /**
     * The mainland table and the flag that asks for each code. Watermarks (-9111) are looked for only with
     * {@code CardWarnType=Advanced}, as Tencent documents; an electronic card shown on a phone (-9110) is caught by
     * the re-shoot detector, so it answers to {@code ReshootWarn}.
     */
    static final List<WarningRule> WARNINGS = List.of(
            // -9100, not -9109: Tencent's current IDCardOCR reference lists -9100 for an invalid validity date and
            // no -9109 at all (-9109 is the international OCR's "warning capability not enabled").
            new WarningRule(-9100, "InvalidDateWarn", IdCardOcrHandler::invalidValidity),
            WarningRule.onDefects(-9101, "BorderCheckWarn", CardDefect.INCOMPLETE_BORDER),
            WarningRule.onDefects(-9102, "CopyWarn", CardDefect.PHOTOCOPY, CardDefect.COLOUR_PHOTOCOPY),
            WarningRule.onDefects(-9103, "ReshootWarn", CardDefect.RESHOOT),
            WarningRule.onDefects(-9104, "TempIdWarn", CardDefect.TEMPORARY),
            WarningRule.onDefects(-9105, "BorderCheckWarn", CardDefect.OCCLUDED),
            WarningRule.onDefects(-9106, "DetectPsWarn", CardDefect.PS_ALTERED),
            WarningRule.onDefects(-9107, "ReflectWarn", CardDefect.REFLECTIVE),
            WarningRule.onDefects(-9108, "CopyWarn", CardDefect.PHOTOCOPY),
            WarningRule.onDefects(-9110, "ReshootWarn", CardDefect.ELECTRONIC),
            WarningRule.onDefects(-9111, null, CardDefect.WATERMARK));

    private static final int WATERMARK = -9111;

    private final ImageLoader images;
    private final Clock clock;

    IdCardOcrHandler(ImageLoader images, Clock clock) {
        this.images = images;
        this.clock = clock;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        OcrConfig config = OcrConfig.parse(call, ErrorCodes.CONFIG_FORMAT_ERROR);
        boolean advanced = advancedWarnings(call);
        Optional<SandboxCardSide> expectedSide = CardSideParameter.of(call);
        ImageLoader.LoadedImage image = images.load(call, IMAGE_RULES);
        CardImage seen = CardReader.read(image.bytes())
                .orElseThrow(() -> new ApiError(ErrorCodes.IMAGE_NO_ID_CARD, "No ID card was detected in the image."));
        call.concernsIdNumber(seen.card().idNumber());
        refuseUnreadable(seen);
        if (expectedSide.isPresent() && !seen.shows(expectedSide.get())) {
            // the mainland site has no CardSideError: it looks for the side asked for and finds none
            throw new ApiError(
                    ErrorCodes.IMAGE_NO_ID_CARD,
                    "No " + expectedSide.get() + " side of an ID card was " + "detected in the image.");
        }
        Set<SandboxCardSide> read = sidesToRead(seen, expectedSide, config.on("MultiCardDetect"));
        if (read.contains(SandboxCardSide.FRONT) && !CardFields.legible(seen.card())) {
            throw new ApiError(ErrorCodes.ID_CARD_INFO_ILLEGAL, "The ID number or name on the card is not valid.");
        }

        ObjectNode out = Envelope.JSON.createObjectNode();
        OcrText.putSides(out, seen.card(), read);
        out.put("AdvancedInfo", advancedInfo(image, seen, read, config, advanced));
        return new ActionResult(out, ActionResult.SUCCESS, true);
    }

    private String advancedInfo(
            ImageLoader.LoadedImage image,
            CardImage seen,
            Set<SandboxCardSide> read,
            OcrConfig config,
            boolean advanced) {
        ObjectNode info = Envelope.JSON.createObjectNode();
        if (config.on("CropIdCard")) {
            info.put("IdCard", Crops.card(image.bytes(), seen, ImageEncoding.JPEG));
        }
        if (config.on("CropPortrait") && read.contains(SandboxCardSide.FRONT)) {
            info.put("Portrait", Crops.portrait(image.bytes(), seen, ImageEncoding.JPEG));
        }
        if (config.on("Quality")) {
            info.put("Quality", ImageQuality.score(seen));
        }
        if (config.on("BorderCheckWarn")) {
            info.put("BorderCodeValue", ImageQuality.border(seen));
        }
        if (config.anyOf(WarningRule.flags(WARNINGS)) || advanced) {
            ArrayNode warnings = info.putArray("WarnInfos");
            LocalDate today = LocalDate.now(clock.withZone(DailyAttempts.BEIJING));
            WarningRule.firing(WARNINGS, seen, today, config).forEach(warnings::add);
            if (advanced && seen.has(CardDefect.WATERMARK)) {
                warnings.add(WATERMARK);
            }
        }
        try {
            return Envelope.JSON.writeValueAsString(info);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise AdvancedInfo", e);
        }
    }

    /**
     * Without {@code CardSide} the side is worked out; a page holding both sides is read whole only with
     * {@code MultiCardDetect}, otherwise its portrait side is read.
     */
    private static Set<SandboxCardSide> sidesToRead(
            CardImage seen, Optional<SandboxCardSide> expected, boolean multiCardDetect) {
        if (expected.isPresent()) {
            return EnumSet.of(expected.get());
        }
        if (seen.showsBothSides()) {
            return multiCardDetect ? EnumSet.allOf(SandboxCardSide.class) : EnumSet.of(SandboxCardSide.FRONT);
        }
        return EnumSet.of(seen.side());
    }

    /**
     * Photos the mainland OCR refuses. It has no "card too small" code: a card it cannot make out at that size is
     * simply not found.
     */
    private static void refuseUnreadable(CardImage seen) {
        if (seen.has(CardDefect.SEVERE_BLUR)) {
            throw new ApiError(ErrorCodes.IMAGE_BLUR, "The image is too blurry to recognise.");
        }
        if (seen.has(CardDefect.LOW_RESOLUTION)) {
            throw new ApiError(ErrorCodes.IMAGE_NO_ID_CARD, "No ID card was detected in the image.");
        }
        if (seen.has(CardDefect.MULTIPLE_CARDS)) {
            throw new ApiError(ErrorCodes.MULTI_CARD_ERROR, "More than one card of the same side is in the image.");
        }
    }

    /** {@code Basic} (the default) or {@code Advanced}, which adds watermark detection. */
    private static boolean advancedWarnings(ActionCall call) {
        String type = call.string("CardWarnType").orElse("");
        return switch (type) {
            case "", "Basic" -> false;
            case "Advanced" -> true;
            default ->
                throw new ApiError(ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT, "CardWarnType must be Basic or Advanced.");
        };
    }

    /**
     * The validity period printed on the emblem side is over, not begun, or back to front. Dates are only on the
     * emblem side, so a portrait-side photo never has this warning.
     */
    static boolean invalidValidity(CardImage image, LocalDate today) {
        if (!image.shows(SandboxCardSide.BACK)) {
            return false;
        }
        MainlandIdCard card = image.card();
        if (card.validFrom() == null) {
            return true;
        }
        if (card.validFrom().isAfter(today)) {
            return true;
        }
        return card.validUntil() != null
                && (card.validUntil().isBefore(today) || card.validUntil().isBefore(card.validFrom()));
    }
}
