package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignCardImage;
import io.onboarding.kyc.sandbox.card.ForeignCardReader;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the asynchronous verification of a non-mainland document (faceid 2018-03-01, international regions).
 * Request problems are answered at once; what the verification finds about the document is only told by
 * GetCardVerificationResult. Billed once per token issued; polling is free.
 */
final class ApplyCardVerificationHandler implements Action {

    static final String[] REGIONS = {"ap-hongkong", "ap-jakarta", "ap-singapore"};
    static final String AUTO = "AUTO";
    private static final String FRONT_BASE64 = "ImageBase64Front";
    private static final String FRONT_URL = "ImageUrlFront";
    private static final String BACK_BASE64 = "ImageBase64Back";
    private static final String BACK_URL = "ImageUrlBack";
    private static final ActionSpec SPEC = new ActionSpec(
            "ApplyCardVerification",
            Product.FACEID,
            "2018-03-01",
            RegionRule.oneOf(REGIONS),
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
                    ParameterType.STRING));
    /** Seed 003: URL wins, 5 MB after base64, at most 8000 x 8000 pixels, PNG or JPEG (no GIF). */
    private static final ImageLoader.Rules FRONT = ImageLoader.Rules.of(
                    ImageLoader.Precedence.URL_FIRST,
                    5 * ImageLoader.MEGABYTE,
                    Set.of("PNG", "JPEG"),
                    ImageLoader.Failures.CARD_VERIFICATION)
            .withMaxPixels(8000)
            .withParameters(FRONT_BASE64, FRONT_URL);

    private static final ImageLoader.Rules BACK = FRONT.withParameters(BACK_BASE64, BACK_URL);

    private final ImageLoader images;
    private final CardVerifications verifications;
    private final ActionSettings settings;
    private final Clock clock;

    ApplyCardVerificationHandler(
            ImageLoader images, CardVerifications verifications, ActionSettings settings, Clock clock) {
        this.images = images;
        this.verifications = verifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        Optional<IssuingCountry> nationality = choice(call, "Nationality", IssuingCountry.class);
        Optional<ForeignDocumentType> cardType = choice(call, "CardType", ForeignDocumentType.class);
        if (nationality.isPresent()
                && cardType.isPresent()
                && !CardVerificationRules.supported(nationality.get(), cardType.get())) {
            throw new ApiError(
                    ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT,
                    "CardType " + cardType.get() + " is not supported for Nationality " + nationality.get() + ".");
        }
        if (!ImageLoader.hasImage(call, FRONT_BASE64, FRONT_URL)) {
            throw ApiError.invalidParameter("One of ImageUrlFront and ImageBase64Front must be provided.");
        }
        ImageLoader.LoadedImage frontImage = images.load(call, FRONT);
        Optional<ForeignCardImage> front =
                ForeignCardReader.read(frontImage.bytes()).filter(seen -> seen.side() == SandboxCardSide.FRONT);
        front.ifPresent(seen ->
                call.concernsDocument(seen.card().country().name(), seen.card().documentNumber()));

        // with AUTO the sandbox recognises the document at once, so the back-side rule applies to what it shows
        Optional<IssuingCountry> effectiveCountry =
                nationality.or(() -> front.map(seen -> seen.card().country()));
        Optional<ForeignDocumentType> effectiveType =
                cardType.or(() -> front.map(seen -> seen.card().type()));
        boolean hasBack = ImageLoader.hasImage(call, BACK_BASE64, BACK_URL);
        if (!hasBack
                && effectiveCountry.isPresent()
                && effectiveType.isPresent()
                && CardVerificationRules.backRequired(effectiveCountry.get(), effectiveType.get())
                        .orElse(false)) {
            throw new ApiError(
                    ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT,
                    "The back side (ImageUrlBack or " + "ImageBase64Back) is required for " + effectiveCountry.get()
                            + " " + effectiveType.get() + ".");
        }
        Optional<ForeignCardImage> back = Optional.empty();
        if (hasBack) {
            back = ForeignCardReader.read(images.load(call, BACK).bytes());
        }

        String token = verifications.start(outcome(nationality, cardType, front, hasBack, back));
        ObjectNode out = Envelope.JSON.createObjectNode();
        out.put("CardVerificationToken", token);
        out.put("AsyncCardVerificationMaxPollingTimes", settings.pollingTimes());
        out.put("AsyncCardVerificationPollingWaitTime", settings.pollingWaitSeconds());
        return new ActionResult(out, ActionResult.SUCCESS, true);
    }

    /** What the verification will report, settled by {@link CardFindings}; unrecognised fronts keep the declaration. */
    private CardVerifications.Outcome outcome(
            Optional<IssuingCountry> nationality,
            Optional<ForeignDocumentType> cardType,
            Optional<ForeignCardImage> front,
            boolean hasBack,
            Optional<ForeignCardImage> back) {
        CardFindings findings = CardFindings.settle(
                front,
                hasBack,
                back,
                card -> CardVerificationRules.supported(card.country(), card.type()),
                card -> nationality
                                .filter(declared -> declared != card.country())
                                .isEmpty()
                        && cardType.filter(declared -> declared != card.type()).isEmpty(),
                seen -> seen.card().scenario());
        if (findings.card().isEmpty()) {
            return new CardVerifications.Outcome(
                    findings.processingPolls(),
                    findings.verdict().name(),
                    findings.warnInfo(),
                    nationality.map(Enum::name).orElse(""),
                    cardType.map(Enum::name).orElse(""),
                    "",
                    null,
                    Optional.empty());
        }
        ForeignCard card = findings.card().get();
        return new CardVerifications.Outcome(
                findings.processingPolls(),
                findings.verdict().name(),
                findings.warnInfo(),
                card.country().name(),
                card.type().name(),
                ForeignCardInfo.subType(card),
                ForeignCardInfo.of(card, LocalDate.now(clock.withZone(DailyAttempts.BEIJING))),
                Optional.of(new CardVerifications.Document(card.country().name(), card.documentNumber())));
    }

    /** A required enumerated parameter; {@code AUTO} leaves the choice to the service (empty). */
    private static <E extends Enum<E>> Optional<E> choice(ActionCall call, String parameter, Class<E> type) {
        String value = call.string(parameter).orElseThrow(() -> ApiError.missingParameter(parameter));
        if (value.equals(AUTO)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            throw new ApiError(
                    ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT, parameter + " `" + value + "` is not supported.");
        }
    }
}
