package io.onboarding.kyc.web.review;

import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.store.review.ReviewClaims.QueuePosition;
import io.onboarding.kyc.store.review.WaitingReview;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The queue's {@code next}, sent back as {@code cursor} (as a journey search's is): the last entry of a page, (waiting
 * since, journey id), as opaque text. Opaque so that clients pass it back rather than build one, which leaves us free
 * to change what it holds.
 */
final class QueueCursor {

    static final String FIELD = "cursor";
    private static final String VERSION = "q1";
    private static final int MAX_LENGTH = 200;

    private QueueCursor() {}

    static String after(WaitingReview last) {
        String plain = VERSION + "|" + last.waitingSince() + "|" + last.journeyId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; a value this API did not hand out is a 422 naming the parameter. */
    static QueuePosition read(String next) {
        if (next.length() <= MAX_LENGTH) {
            try {
                String[] parts =
                        new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8).split("\\|", -1);
                if (parts.length == 3 && VERSION.equals(parts[0]) && JourneyIds.isValid(parts[2])) {
                    return new QueuePosition(Instant.parse(parts[1]), parts[2]);
                }
            } catch (IllegalArgumentException | DateTimeException unreadable) {
                // answered below, as any other value we did not hand out
            }
        }
        throw new InvalidRequestException(List.of(new FieldViolation(
                FIELD, "format", "cursor must be the next of a page of the queue, passed back unchanged")));
    }
}
