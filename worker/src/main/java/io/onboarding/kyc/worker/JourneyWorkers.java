package io.onboarding.kyc.worker;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.onboarding.kyc.contract.callback.CallbackActivities;
import io.onboarding.kyc.contract.cardverification.CardVerificationActivities;
import io.onboarding.kyc.contract.cardverification.CardVerificationApi;
import io.onboarding.kyc.contract.cardverification.ExternalCardVerificationActivities;
import io.onboarding.kyc.contract.faceid.FaceIdActivities;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.onboarding.kyc.contract.journey.JourneyWorkflow;
import io.onboarding.kyc.contract.ocr.OcrActivities;
import io.onboarding.kyc.contract.temporal.TaskQueues;
import io.onboarding.kyc.worker.callback.CallbackDeliveryWorkflowImpl;
import io.onboarding.kyc.worker.journey.JourneyWorkflowImpl;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the journey workflow and the activities on their task queues and starts polling; when the
 * application stops (SIGTERM), stops polling and lets running tasks finish (WorkerDrain).
 */
@Singleton
public class JourneyWorkers implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyWorkers.class);
    /** Attempts mostly wait on receivers (up to 5 s each), so many run at once without using much CPU. */
    private static final int CALLBACK_ATTEMPTS_AT_ONCE = 50;

    private final WorkerFactory factory;
    private final WorkerSettings settings;
    private final JourneyRecordActivities recorder;
    private final OcrActivities ocr;
    private final FaceIdActivities faceId;
    private final CardVerificationActivities cardVerification;
    private final ExternalCardVerificationActivities externalCardVerification;
    private final CardVerificationApi cardVerificationApi;
    private final CallbackActivities callbacks;
    private final SearchAttributeRegistration searchAttributes;
    private final WorkerDrain drain;
    private final VirtualThreads virtualThreads;

    public JourneyWorkers(
            WorkerFactory factory,
            WorkerSettings settings,
            JourneyRecordActivities recorder,
            OcrActivities ocr,
            FaceIdActivities faceId,
            CardVerificationActivities cardVerification,
            ExternalCardVerificationActivities externalCardVerification,
            @Value("${tencent.card-verification:external}") String cardVerificationApi,
            CallbackActivities callbacks,
            SearchAttributeRegistration searchAttributes,
            WorkerDrain drain,
            VirtualThreads virtualThreads) {
        this.factory = factory;
        this.settings = settings;
        this.recorder = recorder;
        this.ocr = ocr;
        this.faceId = faceId;
        this.cardVerification = cardVerification;
        this.externalCardVerification = externalCardVerification;
        this.cardVerificationApi = CardVerificationApi.fromSetting(cardVerificationApi);
        this.callbacks = callbacks;
        this.searchAttributes = searchAttributes;
        this.drain = drain;
        this.virtualThreads = virtualThreads;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        searchAttributes.ensureRegistered();
        Worker journeys = factory.newWorker(
                TaskQueues.JOURNEYS,
                virtualThreads.applyTo(WorkerOptions.newBuilder()).build());
        journeys.registerWorkflowImplementationFactory(
                JourneyWorkflow.class, () -> new JourneyWorkflowImpl(cardVerificationApi));
        journeys.registerActivitiesImplementations(recorder);

        factory.newWorker(TaskQueues.TENCENT_OCR, rateLimited(settings.ocrPerSecond()))
                .registerActivitiesImplementations(ocr);
        factory.newWorker(TaskQueues.TENCENT_FACEID, rateLimited(settings.faceidPerSecond()))
                .registerActivitiesImplementations(faceId, cardVerification);
        factory.newWorker(TaskQueues.TENCENT_CARD_VERIFICATION, rateLimited(settings.cardVerificationPerSecond()))
                .registerActivitiesImplementations(externalCardVerification);
        Worker deliveries = factory.newWorker(
                TaskQueues.CALLBACKS,
                virtualThreads
                        .applyTo(WorkerOptions.newBuilder())
                        .setMaxConcurrentActivityExecutionSize(CALLBACK_ATTEMPTS_AT_ONCE)
                        .build());
        deliveries.registerWorkflowImplementationTypes(CallbackDeliveryWorkflowImpl.class);
        deliveries.registerActivitiesImplementations(callbacks);

        factory.start();
        LOG.info(
                "Polling task queues {}, {} ({}/s), {} ({}/s), {} ({}/s), {}; foreign cards go to the {} card"
                        + " verification (tencent.card-verification)",
                TaskQueues.JOURNEYS,
                TaskQueues.TENCENT_OCR,
                settings.ocrPerSecond(),
                TaskQueues.TENCENT_FACEID,
                settings.faceidPerSecond(),
                TaskQueues.TENCENT_CARD_VERIFICATION,
                settings.cardVerificationPerSecond(),
                TaskQueues.CALLBACKS,
                cardVerificationApi.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Runs before the Temporal connection closes (this bean depends on it), so finished activities can still
     * report their results.
     */
    @PreDestroy
    void stop() {
        drain.drain(factory, settings.shutdownGrace());
    }

    private WorkerOptions rateLimited(double perSecond) {
        return virtualThreads
                .applyTo(WorkerOptions.newBuilder())
                .setMaxTaskQueueActivitiesPerSecond(perSecond)
                .setMaxWorkerActivitiesPerSecond(perSecond)
                .build();
    }
}
