package io.onboarding.kyc.worker.policy;

import io.onboarding.kyc.contract.cardverification.CardVerificationPoll;
import io.onboarding.kyc.contract.cardverification.CardVerificationStatus;
import io.onboarding.kyc.contract.journey.JourneyPolicy;
import io.onboarding.kyc.contract.journey.Verdict;
import io.onboarding.kyc.contract.ocr.OcrWarning;
import java.util.Map;
import java.util.Optional;

/**
 * Tencent's verdict on a non-mainland card. Its named warnings mean what the OCR warnings on a mainland card mean,
 * so the journey's policy decides them the same way: a paper copy asks for a new photo on either path.
 */
public final class CardVerificationPolicy {

    /** The named warnings that have an OCR equivalent; Tencent documents them for both foreign-card APIs. */
    private static final Map<String, OcrWarning> AS_OCR_WARNING = Map.of(
            "PaperCopy", OcrWarning.PHOTOCOPY,
            "RetakeSuspected", OcrWarning.RESHOOT,
            "ScreenshotSuspected", OcrWarning.ELECTRONIC_CARD,
            "FakeSuspected", OcrWarning.PS_ALTERED,
            "PoorImageQuality", OcrWarning.BLURRY,
            "IncompleteCard", OcrWarning.INCOMPLETE_BORDER,
            "OtherWarning", OcrWarning.UNRECOGNISED);

    /** The named warnings that no OCR warning matches. */
    private static final Map<String, Finding> OWN_FINDING = Map.of(
            "TooManyCards", Finding.retake("DOCUMENT_SEVERAL_CARDS"),
            "InformationVerificationFailed", Finding.review("CARD_INFORMATION_UNVERIFIED"));

    private final JourneyPolicy policy;

    public CardVerificationPolicy(JourneyPolicy policy) {
        this.policy = policy;
    }

    /** The verdict, reading the warnings of a card Tencent passed only with warnings. */
    public Finding evaluate(CardVerificationPoll poll) {
        if (poll.status() == CardVerificationStatus.WARNING) {
            return warnings(poll).orElse(byStatusOnly(poll));
        }
        return byStatusOnly(poll);
    }

    /** As journeys that reached the check before the warnings were read decided: on the status alone. */
    public static Finding byStatusOnly(CardVerificationPoll poll) {
        return switch (poll.status()) {
            case PASSED -> Finding.pass();
            case WARNING -> Finding.review("CARD_VERIFICATION_WARNING");
            case REJECTED -> Finding.reject("CARD_VERIFICATION_REJECTED");
            // Polled as often as Tencent said to and still working: the check timed out, not the journey.
            case PROCESSING -> Finding.review("CARD_VERIFICATION_TIMEOUT");
            case UNRECOGNISED -> Finding.review("CARD_VERIFICATION_STATUS_UNRECOGNISED");
        };
    }

    /** The deciding finding over the named warnings; empty when there are none. */
    private Optional<Finding> warnings(CardVerificationPoll poll) {
        if (poll.warnings().isEmpty()) {
            return Optional.empty();
        }
        Finding worst = Finding.pass();
        for (String name : poll.warnings()) {
            worst = worst.or(findingFor(name));
        }
        return Optional.of(worst);
    }

    private Finding findingFor(String name) {
        Finding own = OWN_FINDING.get(name);
        if (own != null) {
            return own;
        }
        OcrWarning warning = AS_OCR_WARNING.getOrDefault(name, OcrWarning.UNRECOGNISED);
        Verdict verdict = policy.verdictFor(warning);
        return verdict == Verdict.PASS ? Finding.pass() : new Finding(verdict, WarningPolicy.reasonFor(warning));
    }
}
