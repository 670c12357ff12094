package io.onboarding.kyc.web.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.callback.CallbackDispatcher;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.temporal.TemporalSettings;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.onboarding.kyc.web.TestApplication;
import io.onboarding.kyc.web.TestKeys;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The read model against Temporal's own server: a journey whose workflow is gone or closed without
 * recording its end is ended with a reason and its open steps closed; a live one is left alone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyReconcilerIT implements TestPropertyProvider {

    /** No worker polls it: a workflow started there stays running, as a journey waiting for a person does. */
    private static final String IDLE_QUEUE = "kyc-reconcile-idle";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JourneyStore journeys;

    @Inject
    WorkflowClient temporal;

    @Inject
    WorkflowServiceStubs service;

    @Inject
    TemporalSettings temporalSettings;

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties =
                TestApplication.properties(Base64.getEncoder().encodeToString(new byte[32]));
        properties.put("kyc.temporal.target", TemporalDevServer.shared().target());
        properties.put("kyc.reconcile.initial-delay", "1h");
        return properties;
    }

    @Test
    void aJourneyWhoseWorkflowIsGoneIsEndedWithItsOpenStepClosedOnce() {
        Journey orphan = unfinishedJourneyWithARunningStep();

        reconciler(Duration.ZERO).reconcile();

        Journey ended = journeys.find(orphan.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo("FAILED");
        assertThat(ended.reasons()).isEqualTo(JourneyReconciler.WORKFLOW_LOST);
        assertThat(journeys.timeline(orphan.id()))
                .extracting(TimelineEntry::step, TimelineEntry::stepStatus)
                .containsExactly(
                        tuple("OCR_FRONT", "RUNNING"),
                        tuple("REVIEW", null),
                        tuple("OCR_FRONT", "SKIPPED"),
                        tuple(null, null));
        assertThat(reconciler(Duration.ZERO)
                        .endIfOrphaned(journeys.find(orphan.id()).orElseThrow()))
                .isFalse();
        assertThat(journeys.timeline(orphan.id())).hasSize(4);
    }

    @Test
    void aJourneyWithARunningWorkflowIsLeftAlone() {
        Journey alive = unfinishedJourneyWithARunningStep();
        WorkflowStub workflow = idleWorkflow(alive.id());

        reconciler(Duration.ZERO).reconcile();

        assertThat(journeys.find(alive.id()).orElseThrow().status()).isEqualTo("WAITING_REVIEW");
        workflow.terminate("test over");
    }

    @Test
    void aJourneyWhoseWorkflowWasTerminatedIsEndedSayingSo() {
        Journey terminated = unfinishedJourneyWithARunningStep();
        idleWorkflow(terminated.id()).terminate("operator ended it by hand");

        reconciler(Duration.ZERO).reconcile();

        Journey ended = journeys.find(terminated.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo("FAILED");
        assertThat(ended.reasons()).isEqualTo(JourneyReconciler.WORKFLOW_ENDED);
    }

    @Test
    void aJourneyThatMovedWithinTheGracePeriodIsNotLookedAt() {
        Journey fresh = unfinishedJourneyWithARunningStep();

        reconciler(Duration.ofHours(1)).reconcile();

        assertThat(journeys.find(fresh.id()).orElseThrow().status()).isEqualTo("WAITING_REVIEW");
    }

    @Test
    void cancelEndsAJourneyWithNoWorkflowBehindIt() {
        Journey orphan = unfinishedJourneyWithARunningStep();
        // support cancels; the journey has no owner key, so only support may
        String support = TestKeys.secret(context, "reconcile-support", ApiRole.SUPPORT);

        HttpResponse<Map<String, Object>> cancelled = http.toBlocking()
                .exchange(
                        HttpRequest.POST("/v1/journeys/" + orphan.id() + "/cancel", Map.of("reason", "customer left"))
                                .header(TestKeys.HEADER, support),
                        Argument.mapOf(String.class, Object.class));
        HttpResponse<Map<String, Object>> again = http.toBlocking()
                .exchange(
                        HttpRequest.POST("/v1/journeys/" + orphan.id() + "/cancel", Map.of())
                                .header(TestKeys.HEADER, support),
                        Argument.mapOf(String.class, Object.class));

        assertThat(cancelled.code()).isEqualTo(202);
        assertThat(cancelled.body()).containsEntry("status", "COMPLETED").containsEntry("outcome", "CANCELLED");
        assertThat(again.code()).as("a repeated cancel answers as the first").isEqualTo(202);
        List<Object> stepStatuses = ((List<?>) cancelled.body().get("steps"))
                .stream()
                        .map(step -> ((Map<?, ?>) step).get("status"))
                        .map(Object.class::cast)
                        .toList();
        assertThat(stepStatuses).containsExactly("SKIPPED");
    }

    private JourneyReconciler reconciler(Duration grace) {
        return new JourneyReconciler(
                journeys,
                service,
                temporalSettings,
                new ReconcileSettings(true, grace, 500),
                context.getBean(CallbackStore.class),
                context.getBean(CallbackDispatcher.class));
    }

    /** A journey as the workflow recorded it: waiting for a review, an OCR step still shown running. */
    private Journey unfinishedJourneyWithARunningStep() {
        String id = JourneyIds.newJourneyId();
        Instant at = Instant.now().minusSeconds(60);
        journeys.create(new Journey(id, "crm-reconcile", "CHN", "ID_CARD", "RUNNING", null, null, "", at, at, 0, null));
        journeys.record(
                new TimelineEntry(new TimelineKey(id, 1), at, "RUNNING", null, "OCR_FRONT", "RUNNING", null, null, ""));
        journeys.record(new TimelineEntry(
                new TimelineKey(id, 2),
                at,
                "WAITING_REVIEW",
                null,
                "REVIEW",
                null,
                null,
                null,
                "AUTHORITY_PHOTO_MISSING"));
        return journeys.find(id).orElseThrow();
    }

    private WorkflowStub idleWorkflow(String journeyId) {
        WorkflowStub stub = temporal.newUntypedWorkflowStub(
                "JourneyWorkflow",
                WorkflowOptions.newBuilder()
                        .setWorkflowId(JourneyIds.workflowId(journeyId))
                        .setTaskQueue(IDLE_QUEUE)
                        .build());
        stub.start("placeholder input: no worker reads it");
        return stub;
    }
}
