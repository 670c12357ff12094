package io.onboarding.kyc.store.journey;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What a journey waits on, since when and until when (V10__journey_waits.sql): codes and times only.
 *
 * @param on     {@code RETAKE}, {@code REVIEW}, {@code DAILY_LIMIT}, {@code CARD_VERIFICATION} or {@code VENDOR_RETRY}
 * @param since  when the wait began; when recording, the entry's own time is used and a wait that goes on keeps its
 *               start
 * @param until  when it ends at the latest; null when nobody knows (a wait recorded before V10)
 * @param detail what exactly, as a code: the wait's reason, or the vendor action and its last error code
 */
@Introspected
public record JourneyWait(
        String on,
        @Nullable Instant since,
        @Nullable Instant until,
        @Nullable String detail) {

    private static final String RETAKE = "RETAKE";
    private static final String REVIEW = "REVIEW";

    /** Room in {@code journey.waiting_detail}. */
    public static final int DETAIL_LENGTH = 128;

    /**
     * The wait a status alone implies, for an entry that does not say (one recorded by a worker from before V10, the
     * reconciler's): a wait for a person, deadline unknown, its first reason as the detail.
     */
    public static @Nullable JourneyWait impliedBy(String status, String reasons) {
        String on = switch (status) {
            case "WAITING_RETAKE" -> RETAKE;
            case "WAITING_REVIEW" -> REVIEW;
            default -> null;
        };
        if (on == null) {
            return null;
        }
        String first = reasons == null || reasons.isEmpty() ? null : reasons.split(",", 2)[0];
        return new JourneyWait(on, null, null, first);
    }
}
