package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.contract.faceid.FaceIdActivities;
import io.onboarding.kyc.contract.faceid.IdVerification;
import io.onboarding.kyc.contract.faceid.IdVerificationResult;
import io.onboarding.kyc.contract.faceid.PortraitComparison;
import io.onboarding.kyc.contract.ocr.CardSide;
import io.onboarding.kyc.contract.ocr.IdCardOcr;
import io.onboarding.kyc.contract.ocr.OcrActivities;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.fault.FaultKind;
import io.onboarding.kyc.sandbox.fault.FaultSpec;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.JourneyWait;
import io.onboarding.kyc.store.vendor.VendorCall;
import io.onboarding.kyc.store.vendor.VendorCallStore;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The real activities against the sandbox over HTTP and PostgreSQL: every call audited, no answer bought twice. */
@MicronautTest
class VendorCallsIT extends SandboxBackedTest {

    private static final MainlandIdCard WANG_FANG = new MainlandIdCard(
            "王芳",
            "女",
            "汉",
            LocalDate.of(1995, 5, 13),
            "广东省深圳市南山区",
            "440305199505132561",
            "深圳市公安局南山分局",
            LocalDate.of(2016, 3, 2),
            LocalDate.of(2036, 3, 2),
            "subject-wang-fang");

    @Inject
    OcrActivities ocr;

    @Inject
    FaceIdActivities faceId;

    @Inject
    JourneyStore journeys;

    @Inject
    DocumentStore documents;

    @Inject
    VendorCallStore audit;

    @Test
    void aRetriedOcrReusesTheAnswerAlreadyPaidFor() {
        String journeyId = newJourney();
        String front =
                documents.save(journeyId, "FRONT", "image/png", CardGenerator.front(WANG_FANG, ImageEncoding.PNG));

        IdCardOcr first = ocr.recognizeMainlandIdCard(journeyId, front, CardSide.FRONT);
        IdCardOcr retried = ocr.recognizeMainlandIdCard(journeyId, front, CardSide.FRONT);

        assertThat(retried).isEqualTo(first);
        assertThat(first.idNumber()).isEqualTo("440305199505132561");
        assertThat(sandbox.ledger().count("RecognizeMainlandIDCardOCR")).isEqualTo(1);
        assertThat(audit.forJourney(journeyId)).singleElement().satisfies(call -> {
            assertThat(call.step()).isEqualTo("OCR_FRONT");
            assertThat(call.subject()).isEqualTo(front);
            assertThat(call.requestId()).isEqualTo(first.requestId());
            assertThat(call.resultCode()).isEqualTo("Success");
            assertThat(call.billable()).isTrue();
        });
    }

    @Test
    void theSameNameAndNumberAreVerifiedOnceButAnotherNameIsAskedAbout() {
        String journeyId = newJourney();

        IdVerification match = faceId.verifyNameAndIdNumber(journeyId, "王芳", "440305199505132561");
        faceId.verifyNameAndIdNumber(journeyId, "王芳", "440305199505132561");
        IdVerification mismatch = faceId.verifyNameAndIdNumber(journeyId, "王小芳", "440305199505132561");

        assertThat(match.result()).isEqualTo(IdVerificationResult.MATCH);
        assertThat(mismatch.result()).isEqualTo(IdVerificationResult.MISMATCH);
        assertThat(sandbox.ledger().count("IdCardOCRVerification")).isEqualTo(2);
        assertThat(audit.forJourney(journeyId))
                .extracting(VendorCall::resultCode)
                .containsExactly("0", "-1");
        assertThat(audit.forJourney(journeyId))
                .extracting(VendorCall::subject)
                .allSatisfy(
                        subject -> assertThat(subject).doesNotContain("440305").doesNotContain("王"));
    }

    @Test
    void anUnbilledAnswerIsAskedAgain() {
        String journeyId = newJourney();

        faceId.verifyNameAndIdNumber(journeyId, "王芳", "440305199505132562");
        IdVerification again = faceId.verifyNameAndIdNumber(journeyId, "王芳", "440305199505132562");

        assertThat(again.result()).isEqualTo(IdVerificationResult.INVALID_ID_NUMBER);
        assertThat(again.billable()).isFalse();
        assertThat(sandbox.ledger().count("IdCardOCRVerification")).isEqualTo(2);
    }

    @Test
    void thePortraitComparisonIsAuditedAndReused() {
        String journeyId = newJourney();
        String front =
                documents.save(journeyId, "FRONT", "image/jpeg", CardGenerator.front(WANG_FANG, ImageEncoding.JPEG));

        PortraitComparison comparison = faceId.comparePortrait(journeyId, front);
        faceId.comparePortrait(journeyId, front);

        assertThat(comparison.compared()).isTrue();
        assertThat(comparison.similarity()).isGreaterThanOrEqualTo(70.0);
        assertThat(sandbox.ledger().count("CheckIdCardInformation")).isEqualTo(1);
    }

    @Test
    void anErrorAnswerIsAuditedAndNotReused() throws Exception {
        String journeyId = newJourney();
        String noCard = documents.save(journeyId, "FRONT", "image/png", plainPng());

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> ocr.recognizeMainlandIdCard(journeyId, noCard, CardSide.FRONT))
                    .isInstanceOfSatisfying(
                            ApplicationFailure.class,
                            f -> assertThat(f.getType()).isEqualTo(TencentFailures.CALLER_ERROR));
        }

        assertThat(sandbox.ledger().count("RecognizeMainlandIDCardOCR")).isEqualTo(2);
        assertThat(audit.forJourney(journeyId)).hasSize(2).allSatisfy(call -> {
            assertThat(call.resultCode()).isEqualTo("FailedOperation.ImageNoIdCard");
            assertThat(call.billable()).isFalse();
            assertThat(call.requestId()).isNotBlank();
        });
    }

    @Test
    void aJourneyWaitsOnAVendorCallThatIsRetriedUntilTheVendorAnswers() {
        String journeyId = newJourney();
        sandbox.faults().add(new FaultSpec("IdCardOCRVerification", FaultKind.ERROR, "InternalError", 1.0, null, 1));
        sandbox.faults().add(new FaultSpec("IdCardOCRVerification", FaultKind.HTTP5XX, null, 1.0, null, 1));

        assertThatThrownBy(() -> faceId.verifyNameAndIdNumber(journeyId, "王芳", "440305199505132561"))
                .isInstanceOfSatisfying(
                        ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(TencentFailures.TRANSIENT));
        JourneyWait first = journeys.waiting(journeyId).orElseThrow();
        assertThat(first.on()).isEqualTo("VENDOR_RETRY");
        assertThat(first.detail()).isEqualTo("IdCardOCRVerification InternalError");

        assertThatThrownBy(() -> faceId.verifyNameAndIdNumber(journeyId, "王芳", "440305199505132561"))
                .isInstanceOf(RuntimeException.class);
        assertThat(journeys.waiting(journeyId)).hasValueSatisfying(again -> {
            assertThat(again.since()).as("the wait runs from the first failure").isEqualTo(first.since());
            assertThat(again.detail()).isEqualTo("IdCardOCRVerification TRANSPORT");
        });

        assertThat(faceId.verifyNameAndIdNumber(journeyId, "王芳", "440305199505132561")
                        .result())
                .isEqualTo(IdVerificationResult.MATCH);
        assertThat(journeys.waiting(journeyId)).isEmpty();
    }

    @Test
    void aFinalErrorIsNoWait() {
        String journeyId = newJourney();
        String noCard =
                documents.save(journeyId, "FRONT", "image/png", CardGenerator.front(WANG_FANG, ImageEncoding.PNG));
        sandbox.faults()
                .add(new FaultSpec("RecognizeMainlandIDCardOCR", FaultKind.ERROR, "InternalError", 1.0, null, 1));
        assertThatThrownBy(() -> ocr.recognizeMainlandIdCard(journeyId, noCard, CardSide.FRONT))
                .isInstanceOf(ApplicationFailure.class);
        assertThat(journeys.waiting(journeyId)).isPresent();

        sandbox.faults()
                .add(new FaultSpec(
                        "RecognizeMainlandIDCardOCR", FaultKind.ERROR, "FailedOperation.ImageBlur", 1.0, null, 1));
        assertThatThrownBy(() -> ocr.recognizeMainlandIdCard(journeyId, noCard, CardSide.FRONT))
                .isInstanceOfSatisfying(
                        ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(TencentFailures.CALLER_ERROR));

        assertThat(journeys.waiting(journeyId)).as("Tencent answered, for good").isEmpty();
    }

    @Test
    void anImageNoActionCouldReadCostsNoCallAtAll() {
        String journeyId = newJourney();
        String damaged = documents.save(
                journeyId, "FRONT", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});

        assertThatThrownBy(() -> ocr.recognizeMainlandIdCard(journeyId, damaged, CardSide.FRONT))
                .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
                    assertThat(f.getType()).isEqualTo(TencentFailures.CALLER_ERROR);
                    assertThat(f.isNonRetryable()).isTrue();
                });

        assertThat(sandbox.ledger().calls()).isEmpty();
        assertThat(audit.forJourney(journeyId)).isEmpty();
    }

    private static byte[] plainPng() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(900, 560, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private String newJourney() {
        String id = io.onboarding.kyc.contract.journey.JourneyIds.newJourneyId();
        Instant now = Instant.now();
        journeys.create(new Journey(id, "test", "CHN", "ID_CARD", "RUNNING", null, null, "", now, now, 0, null));
        return id;
    }
}
