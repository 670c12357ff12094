package io.onboarding.kyc.activities.faceid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.activities.image.ImageRules;
import io.onboarding.kyc.activities.image.VendorImages;
import io.onboarding.kyc.activities.tencent.SandboxBackedTest;
import io.onboarding.kyc.activities.tencent.TencentFailures;
import io.onboarding.kyc.contract.faceid.FaceIdActivities;
import io.onboarding.kyc.contract.faceid.PortraitComparison;
import io.onboarding.kyc.contract.faceid.PortraitComparisonResult;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.sandbox.IdentityRegistry;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.SampleCards;
import io.onboarding.kyc.sandbox.fault.FaultKind;
import io.onboarding.kyc.sandbox.fault.FaultSpec;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The portrait comparison against the sandbox over HTTP, with each code in the forms the sandbox serves: the
 * sandbox answers {@code IdPhotoNoExist} in {@code Result} for a registry identity without a photo, and can be made
 * to answer it (and an outage) as an error envelope or a forced {@code Result}. Each code reaches the same outcome
 * either way.
 */
@MicronautTest(transactional = false)
class CheckIdCardInformationFormsIT extends SandboxBackedTest {

    private static final String ACTION = "CheckIdCardInformation";

    @Inject
    FaceIdActivities faceId;

    @Inject
    JourneyStore journeys;

    @Inject
    VendorImages images;

    @Inject
    DocumentStore documents;

    @Test
    void noAuthorityPhotoIsTheSameVerdictInResultAndAsAnError() {
        String first = newJourney();
        PortraitComparison inResult = faceId.comparePortrait(first, card(first, "420106198309090138"));

        inject(FaultKind.ERROR, "FailedOperation.IdPhotoNoExist");
        String second = newJourney();
        PortraitComparison asError = faceId.comparePortrait(second, card(second, "440305199505132561"));

        assertThat(inResult.resultCode()).isEqualTo("FailedOperation.IdPhotoNoExist");
        assertThat(inResult.result()).isEqualTo(PortraitComparisonResult.NO_AUTHORITY_PHOTO);
        assertThat(asError.result()).isEqualTo(inResult.result());
        assertThat(asError.similarity()).isEqualTo(inResult.similarity()).isZero();
    }

    @Test
    void anOutageIsRetriedInResultAndAsAnErrorAndTheRetryAsksAgain() {
        String journeyId = newJourney();
        String front = card(journeyId, "440305199505132561");

        inject(FaultKind.RESULT, "FailedOperation.CompareSystemError");
        ApplicationFailure inResult =
                catchThrowableOfType(() -> faceId.comparePortrait(journeyId, front), ApplicationFailure.class);
        inject(FaultKind.ERROR, "FailedOperation.CompareSystemError");
        ApplicationFailure asError =
                catchThrowableOfType(() -> faceId.comparePortrait(journeyId, front), ApplicationFailure.class);
        PortraitComparison retried = faceId.comparePortrait(journeyId, front);

        assertThat(inResult.getType()).isEqualTo(TencentFailures.TRANSIENT);
        assertThat(inResult.isNonRetryable()).isFalse();
        assertThat(asError.getType()).isEqualTo(inResult.getType());
        assertThat(asError.isNonRetryable()).isFalse();
        // the outage answered in Result was not kept as a paid answer: the third call reached Tencent again
        assertThat(retried.compared()).isTrue();
        assertThat(sandbox.ledger().count(ACTION)).isEqualTo(3);
    }

    @Test
    void theImageGoesOutAsOneUnbrokenBase64String() {
        String journeyId = newJourney();
        String base64 = images.base64(card(journeyId, "440305199505132561"), ImageRules.CHECK_ID_CARD_INFORMATION);

        assertThat(base64.length())
                .as("long enough that a MIME encoder would wrap it")
                .isGreaterThan(76);
        assertThat(base64).doesNotContain("\n").doesNotContain("\r");
    }

    private void inject(FaultKind kind, String code) {
        sandbox.faults().add(new FaultSpec(ACTION, kind, code, null, null, 1));
    }

    private String newJourney() {
        String journeyId = JourneyIds.newJourneyId();
        journeys.create(new Journey(
                journeyId, "test", "CHN", "ID_CARD", "RUNNING", null, null, "", Instant.now(), Instant.now(), 0, null));
        return journeyId;
    }

    private String card(String journeyId, String idNumber) {
        byte[] front = CardGenerator.front(
                SampleCards.of(IdentityRegistry.defaults().byIdNumber(idNumber).orElseThrow()), ImageEncoding.JPEG);
        return documents.save(journeyId, "FRONT", "image/jpeg", front);
    }
}
