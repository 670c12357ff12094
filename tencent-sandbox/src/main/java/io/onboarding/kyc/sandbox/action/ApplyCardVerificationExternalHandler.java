package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.CardVerificationVerdict;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignCardImage;
import io.onboarding.kyc.sandbox.card.ForeignCardReader;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import io.onboarding.kyc.sandbox.card.VerificationScenario;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the asynchronous verification of a non-mainland document on the OCR product (2018-11-19,
 * {@code ap-singapore}): the successor of Face ID's ApplyCardVerification. Request problems are answered at once;
 * what the verification finds is only told by GetCardVerificationExternalResult. It answers the token and nothing
 * else (no polling hints, unlike its predecessor). Billed once per token issued; polling is free.
 */
final class ApplyCardVerificationExternalHandler implements Action {

    static final String REGION = "ap-singapore";
    static final String VERSION = "2018-11-19";
    private static final String FRONT_BASE64 = "ImageBase64Front";
    private static final String FRONT_URL = "ImageUrlFront";
    private static final String BACK_BASE64 = "ImageBase64Back";
    private static final String BACK_URL = "ImageUrlBack";
    private static final String RETURN_HEAD_IMAGE = "ReturnHeadImage";
    private static final ActionSpec SPEC = new ActionSpec(
            "ApplyCardVerificationExternal",
            Product.OCR,
            VERSION,
            RegionRule.oneOf(REGION),
            Map.of(
                    "Nationality",
                    ParameterType.STRING,
                    "CardType",
                    ParameterType.STRING,
                    FRONT_BASE64,
                    ParameterType.STRING,
                    BACK_BASE64,
                    ParameterType.STRING,
                    FRONT_URL,
                    ParameterType.STRING,
                    BACK_URL,
                    ParameterType.STRING,
                    RETURN_HEAD_IMAGE,
                    ParameterType.BOOLEAN));
    /**
     * Tencent's parameter descriptions: the URL wins, 2 MB after base64 (a download too), between 256 x 256 and
     * 4096 x 4096 pixels, PNG or JPG (no GIF), downloaded within 5 seconds. The OCR product's image codes.
     */
    private static final ImageLoader.Rules FRONT = ImageLoader.Rules.of(
                    ImageLoader.Precedence.URL_FIRST,
                    2 * ImageLoader.MEGABYTE,
                    Set.of("PNG", "JPEG"),
                    ImageLoader.Failures.OCR)
            .withMaxPixels(4096)
            .withMinPixels(256)
            .withDownloadTimeout(Duration.ofSeconds(5))
            .withParameters(FRONT_BASE64, FRONT_URL);

    private static final ImageLoader.Rules BACK = FRONT.withParameters(BACK_BASE64, BACK_URL);

    private final ImageLoader images;
    private final CardVerifications verifications;
    private final Clock clock;

    ApplyCardVerificationExternalHandler(ImageLoader images, CardVerifications verifications, Clock clock) {
        this.images = images;
        this.verifications = verifications;
        this.clock = clock;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        String nationality = call.string("Nationality").orElseThrow(() -> ApiError.missingParameter("Nationality"));
        String cardType = call.string("CardType").orElseThrow(() -> ApiError.missingParameter("CardType"));
        Optional<Boolean> backRequired = ExternalCardVerificationRules.backRequired(nationality, cardType);
        if (backRequired.isEmpty()) {
            throw new ApiError(
                    ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT,
                    "CardType `" + cardType + "` of Nationality `" + nationality + "` is not supported.");
        }
        if (!ImageLoader.hasImage(call, FRONT_BASE64, FRONT_URL)) {
            throw ApiError.invalidParameter("One of ImageUrlFront and ImageBase64Front must be provided.");
        }
        boolean hasBack = ImageLoader.hasImage(call, BACK_BASE64, BACK_URL);
        if (backRequired.get() && !hasBack) {
            throw new ApiError(
                    ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT,
                    "The back side (ImageUrlBack or ImageBase64Back) is required for " + nationality + " " + cardType
                            + ".");
        }
        ImageLoader.LoadedImage frontImage = images.load(call, FRONT);
        Optional<ForeignCardImage> front =
                ForeignCardReader.read(frontImage.bytes()).filter(seen -> seen.side() == SandboxCardSide.FRONT);
        front.ifPresent(seen ->
                call.concernsDocument(seen.card().country().name(), seen.card().documentNumber()));
        Optional<ForeignCardImage> back = Optional.empty();
        if (hasBack) {
            back = ForeignCardReader.read(images.load(call, BACK).bytes());
        }

        CardFindings findings = CardFindings.settle(
                front,
                hasBack,
                back,
                card -> ExternalCardVerificationRules.supported(
                        card.country().name(), card.type().name()),
                card -> card.country().name().equals(nationality)
                        && card.type().name().equals(cardType),
                ApplyCardVerificationExternalHandler::scenario);
        String headImage = call.flag(RETURN_HEAD_IMAGE) && findings.card().isPresent()
                ? Crops.foreignPortrait(frontImage.bytes(), encoding(frontImage))
                : "";
        String token = verifications.start(outcome(nationality, findings, back, headImage));
        ObjectNode out = Envelope.JSON.createObjectNode();
        out.put("CardVerificationToken", token);
        return new ActionResult(out, ActionResult.SUCCESS, true);
    }

    /**
     * The card's own scenario; for a card that carries none, what its photo's defects suggest. That is how a
     * photocopy or a screen capture drawn by the generator is reported without the test spelling out a scenario.
     */
    static VerificationScenario scenario(ForeignCardImage seen) {
        VerificationScenario carried = seen.card().scenario();
        if (carried.equals(VerificationScenario.passed()) && !seen.defects().isEmpty()) {
            return VerificationScenario.forDefects(seen.defects());
        }
        return carried;
    }

    /**
     * Tencent's page documents PASSED, PROCESSING and WARNING only: a verdict the Face ID pair would call REJECTED
     * is a WARNING here, its WarnInfo saying why.
     */
    static String status(CardVerificationVerdict verdict) {
        return verdict == CardVerificationVerdict.PASSED ? "PASSED" : "WARNING";
    }

    private CardVerifications.Outcome outcome(
            String nationality, CardFindings findings, Optional<ForeignCardImage> back, String headImage) {
        Optional<ForeignCard> card = findings.card();
        ObjectNode backInfo = card.flatMap(recognised -> back.filter(seen -> seen.side() == SandboxCardSide.BACK
                        && seen.card().documentNumber().equals(recognised.documentNumber())))
                .map(seen -> ExternalCardInfo.back(seen.card()))
                .orElse(null);
        return new CardVerifications.Outcome(
                findings.processingPolls(),
                status(findings.verdict()),
                findings.warnInfo(),
                card.map(recognised -> recognised.country().name()).orElse(nationality),
                card.map(recognised -> recognised.type().name()).orElse(""),
                "",
                card.map(recognised -> ExternalCardInfo.front(
                                recognised, LocalDate.now(clock.withZone(DailyAttempts.BEIJING))))
                        .orElse(null),
                card.map(recognised ->
                        new CardVerifications.Document(recognised.country().name(), recognised.documentNumber())),
                backInfo,
                headImage);
    }

    private static ImageEncoding encoding(ImageLoader.LoadedImage image) {
        return image.format().equals("PNG") ? ImageEncoding.PNG : ImageEncoding.JPEG;
    }
}
