package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.ocr.CardSide;
import io.onboarding.kyc.contract.ocr.IdCardOcr;
import io.onboarding.kyc.contract.ocr.OcrActivities;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.vendor.VendorCallStore;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The billing rule under Temporal's own retry: the worker dies after Tencent answered (and the answer was
 * recorded) but before the activity completed. Temporal runs the activity again; Tencent is not paid again.
 */
@MicronautTest(transactional = false)
class PaidAnswerRetryIT extends SandboxBackedTest {

    @Inject
    OcrActivities ocr;

    @Inject
    JourneyStore journeys;

    @Inject
    DocumentStore documents;

    @Inject
    VendorCallStore audit;

    @Test
    void aRetryAfterTheVendorAnsweredDoesNotPayAgain() {
        String journeyId = JourneyIds.newJourneyId();
        journeys.create(new Journey(
                journeyId, "test", "CHN", "ID_CARD", "RUNNING", null, null, "", Instant.now(), Instant.now(), 0, null));
        String front = documents.save(
                journeyId,
                "FRONT",
                "image/png",
                CardGenerator.front(
                        new MainlandIdCard(
                                "王芳",
                                "女",
                                "汉",
                                LocalDate.of(1995, 5, 13),
                                "广东省深圳市",
                                "440305199505132561",
                                "深圳市公安局",
                                LocalDate.of(2016, 3, 2),
                                LocalDate.of(2036, 3, 2),
                                "subject-wang-fang"),
                        ImageEncoding.PNG));

        WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setTarget(TemporalDevServer.shared().target())
                .build());
        WorkflowClient client = WorkflowClient.newInstance(service);
        WorkerFactory workers = WorkerFactory.newInstance(client);
        try {
            String queue = "ocr-once-" + journeyId;
            Worker worker = workers.newWorker(queue);
            worker.registerWorkflowImplementationTypes(ReadOnceImpl.class);
            worker.registerActivitiesImplementations(new DiesAfterTheVendorAnswers(ocr));
            workers.start();
            ReadOnce workflow = client.newWorkflowStub(
                    ReadOnce.class,
                    WorkflowOptions.newBuilder().setTaskQueue(queue).build());

            IdCardOcr read = workflow.read(journeyId, front);

            assertThat(read.idNumber()).isEqualTo("440305199505132561");
        } finally {
            workers.shutdownNow();
            service.shutdownNow();
        }
        assertThat(sandbox.ledger().count("RecognizeMainlandIDCardOCR"))
                .as("calls Tencent answered")
                .isEqualTo(1);
        assertThat(audit.forJourney(journeyId)).hasSize(1);
    }

    @WorkflowInterface
    public interface ReadOnce {
        @WorkflowMethod
        IdCardOcr read(String journeyId, String documentId);
    }

    public static class ReadOnceImpl implements ReadOnce {
        private final OcrActivities ocr = Workflow.newActivityStub(
                OcrActivities.class,
                ActivityOptions.newBuilder()
                        .setStartToCloseTimeout(Duration.ofSeconds(30))
                        .setRetryOptions(RetryOptions.newBuilder()
                                .setInitialInterval(Duration.ofMillis(100))
                                .setMaximumAttempts(3)
                                .build())
                        .build());

        @Override
        public IdCardOcr read(String journeyId, String documentId) {
            return ocr.recognizeMainlandIdCard(journeyId, documentId, CardSide.FRONT);
        }
    }

    /** The real activity, on a worker that dies right after its first vendor call returned. */
    static final class DiesAfterTheVendorAnswers implements OcrActivities {
        private final OcrActivities real;

        DiesAfterTheVendorAnswers(OcrActivities real) {
            this.real = real;
        }

        @Override
        public IdCardOcr recognizeMainlandIdCard(String journeyId, String documentId, CardSide side) {
            IdCardOcr answer = real.recognizeMainlandIdCard(journeyId, documentId, side);
            if (Activity.getExecutionContext().getInfo().getAttempt() == 1) {
                throw new IllegalStateException("the worker died after Tencent answered");
            }
            return answer;
        }
    }
}
