package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A journey as the API shows it.
 *
 * @param step    the step the journey is at, or ended on
 * @param reasons machine-readable reasons for a rejection or failure
 */
@Serdeable
public record JourneyResource(
        String journeyId,
        String customerRef,
        String status,
        @Nullable String outcome,
        @Nullable String step,
        List<String> reasons,
        List<StepResource> steps,
        Instant createdAt,
        Instant updatedAt) {

    /** One check, as far as it got. {@code vendorRequestId} is Tencent's RequestId for support tickets. */
    @Serdeable
    public record StepResource(
            String name,
            String status,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String vendorRequestId,
            @Nullable String detail) {}
}
