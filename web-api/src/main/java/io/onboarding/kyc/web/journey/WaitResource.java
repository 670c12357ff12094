package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.store.journey.JourneyWait;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;

/** What a journey waits on, since when and until when: support's answer to "why is it slow?". */
@Serdeable
@Schema(name = "Waiting")
public record WaitResource(
        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                type = "string",
                description = "RETAKE: the customer's new photos. REVIEW: a reviewer's decision. DAILY_LIMIT: the "
                        + "authority answers an identity a few times a Beijing day; the journey sleeps to the next. "
                        + "CARD_VERIFICATION: Tencent checks a foreign card asynchronously; the journey polls for "
                        + "its verdict. VENDOR_RETRY: a Tencent call keeps failing (an outage, throttling) and is "
                        + "retried; when the retries give up, a person reviews the journey.",
                allowableValues = {"RETAKE", "REVIEW", "DAILY_LIMIT", "CARD_VERIFICATION", "VENDOR_RETRY"})
        String on,

        @Schema(requiredMode = RequiredMode.REQUIRED, description = "When the wait began.")
        Instant since,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                nullable = true,
                description = "When the wait ends at the latest: the retake or review deadline, the next Beijing "
                        + "day, the last poll, the moment the retries give up. Null when unknown (a wait that "
                        + "began before the engine recorded deadlines).")
        @Nullable
        Instant until,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                nullable = true,
                description = "What exactly, as codes: the wait's reason (e.g. ID_VERIFICATION_DAILY_LIMIT), or "
                        + "for VENDOR_RETRY the Tencent action and its last error code (e.g. `IdCardOCRVerification "
                        + "InternalError`; TRANSPORT when Tencent could not be reached).")
        @Nullable
        String detail) {

    public static @Nullable WaitResource of(@Nullable JourneyWait wait) {
        return wait == null ? null : new WaitResource(wait.on(), wait.since(), wait.until(), wait.detail());
    }
}
