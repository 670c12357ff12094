package io.onboarding.kyc.worker.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.contract.cardverification.CardVerificationApi;
import io.onboarding.kyc.contract.cardverification.CardVerificationPoll;
import io.onboarding.kyc.contract.cardverification.CardVerificationStatus;
import io.onboarding.kyc.contract.faceid.IdVerification;
import io.onboarding.kyc.contract.faceid.IdVerificationResult;
import io.onboarding.kyc.contract.faceid.PortraitComparison;
import io.onboarding.kyc.contract.journey.DocumentType;
import io.onboarding.kyc.contract.journey.ForeignCardRules;
import io.onboarding.kyc.contract.journey.JourneyPolicy;
import io.onboarding.kyc.contract.journey.Verdict;
import io.onboarding.kyc.contract.ocr.OcrWarning;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PoliciesTest {

    private final JourneyPolicy defaults = JourneyPolicy.defaults();

    @Test
    void aCleanCardPassesTheWarningCheck() {
        assertThat(new WarningPolicy(defaults).evaluate(List.of())).isEqualTo(Finding.pass());
        assertThat(new WarningPolicy(defaults).evaluate(List.of(OcrWarning.WARNINGS_NOT_ENABLED)))
                .isEqualTo(Finding.pass());
    }

    @ParameterizedTest
    @EnumSource(OcrWarning.class)
    void everyWarningHasADefaultVerdictAndAReason(OcrWarning warning) {
        assertThat(defaults.warnings()).containsKey(warning);
        assertThat(WarningPolicy.reasonFor(warning)).matches("[A-Z_]+");
    }

    @ParameterizedTest
    @CsvSource({
        "PS_ALTERED,REJECT,DOCUMENT_TAMPERED",
        "INVALID_VALIDITY_DATE,REJECT,CARD_EXPIRED",
        "PHOTOCOPY,RETAKE,DOCUMENT_COPY",
        "RESHOOT,RETAKE,DOCUMENT_RESHOT",
        "BLURRY,RETAKE,DOCUMENT_POOR_QUALITY",
        "INCOMPLETE_BORDER,RETAKE,DOCUMENT_INCOMPLETE",
        "TEMPORARY_CARD,REVIEW,DOCUMENT_TEMPORARY",
        "UNRECOGNISED,REVIEW,DOCUMENT_WARNING_UNRECOGNISED"
    })
    void defaultVerdicts(OcrWarning warning, Verdict verdict, String reason) {
        assertThat(new WarningPolicy(defaults).evaluate(List.of(warning))).isEqualTo(new Finding(verdict, reason));
    }

    @Test
    void theGravestWarningDecides() {
        WarningPolicy policy = new WarningPolicy(defaults);
        assertThat(policy.evaluate(List.of(OcrWarning.BLURRY, OcrWarning.PS_ALTERED))
                        .reason())
                .isEqualTo("DOCUMENT_TAMPERED");
        assertThat(policy.evaluate(List.of(OcrWarning.TEMPORARY_CARD, OcrWarning.PHOTOCOPY))
                        .verdict())
                .as("a better photo may clear the rest")
                .isEqualTo(Verdict.RETAKE);
    }

    @Test
    void thePolicyIsConfigurable() {
        JourneyPolicy strict = new JourneyPolicy(
                Map.of(OcrWarning.BLURRY, Verdict.REJECT),
                80,
                80,
                0,
                defaults.retakeTimeout(),
                defaults.reviewEscalation(),
                defaults.reviewTimeout(),
                0);
        assertThat(new WarningPolicy(strict)
                        .evaluate(List.of(OcrWarning.BLURRY))
                        .verdict())
                .isEqualTo(Verdict.REJECT);
        assertThat(new WarningPolicy(strict)
                        .evaluate(List.of(OcrWarning.PHOTOCOPY))
                        .verdict())
                .as("a warning the policy does not name goes to a person")
                .isEqualTo(Verdict.REVIEW);
        assertThat(new PortraitPolicy(strict)
                        .evaluate(PortraitComparison.of("r", "Success", 75))
                        .verdict())
                .isEqualTo(Verdict.REJECT);
    }

    @ParameterizedTest
    @CsvSource({
        "MATCH,PASS,",
        "MISMATCH,REJECT,ID_NAME_MISMATCH",
        "INVALID_ID_NUMBER,REJECT,ID_NUMBER_INVALID",
        "INVALID_NAME,REJECT,NAME_INVALID",
        "NO_RECORD,REVIEW,ID_NOT_FOUND",
        "DAILY_LIMIT_REACHED,REVIEW,ID_VERIFICATION_DAILY_LIMIT"
    })
    void idVerificationAnswers(IdVerificationResult answer, Verdict verdict, String reason) {
        assertThat(new IdVerificationPolicy().evaluate(new IdVerification("r", answer, "x", false)))
                .isEqualTo(new Finding(verdict, reason));
    }

    @ParameterizedTest
    @CsvSource({
        "Success,70.0,PASS,",
        "Success,99.76,PASS,",
        "Success,69.99,REVIEW,PORTRAIT_BORDERLINE_SIMILARITY",
        "Success,50.0,REVIEW,PORTRAIT_BORDERLINE_SIMILARITY",
        "Success,49.99,REJECT,PORTRAIT_LOW_SIMILARITY",
        "FailedOperation.IdNameMisMatch,0,REJECT,ID_NAME_MISMATCH",
        "FailedOperation.IdPhotoNoExist,0,REVIEW,AUTHORITY_PHOTO_MISSING",
        "FailedOperation.OcrWarningOccurred,0,RETAKE,DOCUMENT_WARNING",
        "FailedOperation.Something,0,REVIEW,PORTRAIT_COMPARISON_FAILED"
    })
    void portraitSimilarity(String code, double similarity, Verdict verdict, String reason) {
        assertThat(new PortraitPolicy(defaults).evaluate(PortraitComparison.of("r", code, similarity)))
                .isEqualTo(new Finding(verdict, reason));
    }

    @ParameterizedTest
    @CsvSource({
        "PASSED,PASS,",
        "WARNING,REVIEW,CARD_VERIFICATION_WARNING",
        "REJECTED,REJECT,CARD_VERIFICATION_REJECTED",
        "PROCESSING,REVIEW,CARD_VERIFICATION_TIMEOUT",
        "UNRECOGNISED,REVIEW,CARD_VERIFICATION_STATUS_UNRECOGNISED"
    })
    void foreignCardVerdicts(CardVerificationStatus status, Verdict verdict, String reason) {
        CardVerificationPoll poll = cardVerification(status);
        assertThat(new CardVerificationPolicy(JourneyPolicy.defaults()).evaluate(poll))
                .isEqualTo(new Finding(verdict, reason));
        assertThat(CardVerificationPolicy.byStatusOnly(poll))
                .as("journeys that reached the check before the warnings were read")
                .isEqualTo(new Finding(verdict, reason));
    }

    /** Every warning Tencent names for its card verifications, decided as the same finding on a mainland card. */
    @ParameterizedTest
    @CsvSource({
        "PaperCopy,RETAKE,DOCUMENT_COPY",
        "RetakeSuspected,RETAKE,DOCUMENT_RESHOT",
        "ScreenshotSuspected,REVIEW,DOCUMENT_ELECTRONIC",
        "FakeSuspected,REJECT,DOCUMENT_TAMPERED",
        "PoorImageQuality,RETAKE,DOCUMENT_POOR_QUALITY",
        "IncompleteCard,RETAKE,DOCUMENT_INCOMPLETE",
        "TooManyCards,RETAKE,DOCUMENT_SEVERAL_CARDS",
        "InformationVerificationFailed,REVIEW,CARD_INFORMATION_UNVERIFIED",
        "OtherWarning,REVIEW,DOCUMENT_WARNING_UNRECOGNISED",
        "SomethingTencentAddsLater,REVIEW,DOCUMENT_WARNING_UNRECOGNISED"
    })
    void foreignCardWarnings(String warning, Verdict verdict, String reason) {
        assertThat(new CardVerificationPolicy(JourneyPolicy.defaults())
                        .evaluate(cardVerification(CardVerificationStatus.WARNING, warning)))
                .isEqualTo(new Finding(verdict, reason));
    }

    @Test
    void theWorstOfSeveralWarningsDecidesAndThePolicyCanWaiveOne() {
        CardVerificationPoll copyAndFake =
                cardVerification(CardVerificationStatus.WARNING, "PaperCopy", "FakeSuspected");
        assertThat(new CardVerificationPolicy(JourneyPolicy.defaults()).evaluate(copyAndFake))
                .isEqualTo(Finding.reject("DOCUMENT_TAMPERED"));

        Map<OcrWarning, Verdict> lenient = new EnumMap<>(defaults.warnings());
        lenient.put(OcrWarning.PHOTOCOPY, Verdict.PASS);
        JourneyPolicy copiesAccepted = new JourneyPolicy(
                lenient,
                defaults.passSimilarity(),
                defaults.reviewSimilarity(),
                defaults.maxRetakes(),
                defaults.retakeTimeout(),
                defaults.reviewEscalation(),
                defaults.reviewTimeout(),
                defaults.maxDailyLimitWaits());
        assertThat(new CardVerificationPolicy(copiesAccepted)
                        .evaluate(cardVerification(CardVerificationStatus.WARNING, "PaperCopy")))
                .isEqualTo(Finding.pass());
    }

    private static CardVerificationPoll cardVerification(CardVerificationStatus status, String... warnings) {
        return new CardVerificationPoll("r", status, List.of(warnings), "HKG", "ID_CARD", null, status.name());
    }

    @Test
    void theSuccessorApiHasATableOfItsOwn() {
        CardVerificationApi external = CardVerificationApi.EXTERNAL;
        assertThat(ForeignCardRules.backRequired(external, "TWN", DocumentType.ID_CARD))
                .as("not on the successor's list")
                .isEmpty();
        assertThat(ForeignCardRules.backRequired(external, "HKG", DocumentType.PASSPORT))
                .isEmpty();
        assertThat(ForeignCardRules.backRequired(external, "SGP", DocumentType.PASSPORT))
                .hasValue(false);
        assertThat(ForeignCardRules.backRequired(external, "BGD", DocumentType.ID_CARD))
                .hasValue(true);
        assertThat(ForeignCardRules.backRequired(external, "HKG", DocumentType.ID_CARD))
                .hasValue(true);
        assertThat(ForeignCardRules.backRequired(external, "AUTO", DocumentType.AUTO))
                .as("AUTO journeys use the first API, which recognises the card itself")
                .hasValue(false);
    }

    @Test
    void theBackSideTableOfTencentsDocumentation() {
        assertThat(ForeignCardRules.backRequired("HKG", DocumentType.ID_CARD)).hasValue(true);
        assertThat(ForeignCardRules.backRequired("IDN", DocumentType.ID_CARD)).hasValue(false);
        assertThat(ForeignCardRules.backRequired("THA", DocumentType.DRIVING_LICENSE))
                .hasValue(true);
        assertThat(ForeignCardRules.backRequired("JPN", DocumentType.DRIVING_LICENSE))
                .hasValue(false);
        assertThat(ForeignCardRules.backRequired("SGP", DocumentType.PASSPORT)).hasValue(false);
        assertThat(ForeignCardRules.backRequired("HKG", DocumentType.DRIVING_LICENSE))
                .as("not in the table")
                .isEmpty();
    }
}
