package io.onboarding.kyc.worker.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import io.onboarding.kyc.contract.callback.CallbackActivities;
import io.onboarding.kyc.contract.callback.CallbackDeliveryRequest;
import io.onboarding.kyc.contract.callback.CallbackDeliveryWorkflow;
import io.onboarding.kyc.contract.temporal.TaskQueues;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery schedule in skipped time: a receiver that never answers 2xx is tried with doubling waits for the
 * configured days and then given up; a refusal ends the delivery at once.
 */
class CallbackDeliveryWorkflowTest {

    private static final CallbackDeliveryRequest PRODUCTION_SCHEDULE =
            new CallbackDeliveryRequest("cbd_1", Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(72));

    private TestWorkflowEnvironment env;
    private CallbackActivities activities;
    private final List<Instant> attempts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        env = TestWorkflowEnvironment.newInstance();
        activities = mock(CallbackActivities.class, withSettings().withoutAnnotations());
        var worker = env.newWorker(TaskQueues.CALLBACKS);
        worker.registerWorkflowImplementationTypes(CallbackDeliveryWorkflowImpl.class);
        worker.registerActivitiesImplementations(activities);
        env.start();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void aReceiverThatNeverTakesTheEventIsTriedForThreeDaysThenGivenUp() {
        failEveryAttemptWith(
                ApplicationFailure.newFailure("the receiver answered 503", CallbackActivities.NOT_DELIVERED));
        Instant start = Instant.ofEpochMilli(env.currentTimeMillis());

        deliver(PRODUCTION_SCHEDULE);

        verify(activities).giveUp("cbd_1");
        Duration lastAttempt = Duration.between(start, attempts.get(attempts.size() - 1));
        assertThat(lastAttempt).isBetween(Duration.ofHours(71), Duration.ofHours(72));
        // 10 s, 20 s, … up to an hour between attempts: 9 doublings, then hourly for the rest of the three days
        assertThat(attempts).hasSizeBetween(75, 80);
        // (skipped time still moves a little with the real clock while an attempt runs)
        assertThat(Duration.between(attempts.get(0), attempts.get(1))).isBetween(seconds(10), seconds(11));
        assertThat(Duration.between(attempts.get(1), attempts.get(2))).isBetween(seconds(20), seconds(21));
        assertThat(Duration.between(attempts.get(attempts.size() - 2), attempts.get(attempts.size() - 1)))
                .isBetween(seconds(3600), seconds(3601));
    }

    @Test
    void aRefusalEndsTheDeliveryWithoutGivingUp() {
        failEveryAttemptWith(ApplicationFailure.newNonRetryableFailure(
                "the receiver refused the event with 410", CallbackActivities.REFUSED));

        deliver(PRODUCTION_SCHEDULE);

        assertThat(attempts).hasSize(1);
        verify(activities, never()).giveUp(anyString());
    }

    @Test
    void aDeliveredEventEndsAfterItsAttempt() {
        doAnswer(call -> attempts.add(Instant.ofEpochMilli(env.currentTimeMillis())))
                .when(activities)
                .attempt("cbd_1");

        deliver(PRODUCTION_SCHEDULE);

        assertThat(attempts).hasSize(1);
        verify(activities, never()).giveUp(anyString());
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    private void failEveryAttemptWith(ApplicationFailure failure) {
        doAnswer(call -> {
                    attempts.add(Instant.ofEpochMilli(env.currentTimeMillis()));
                    throw failure;
                })
                .when(activities)
                .attempt("cbd_1");
    }

    private void deliver(CallbackDeliveryRequest request) {
        env.getWorkflowClient()
                .newWorkflowStub(
                        CallbackDeliveryWorkflow.class,
                        WorkflowOptions.newBuilder()
                                .setWorkflowId(CallbackDeliveryWorkflow.workflowId(request.deliveryId()))
                                .setTaskQueue(TaskQueues.CALLBACKS)
                                .build())
                .deliver(request);
    }
}
