package io.onboarding.kyc.web.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.kyc.store.review.ReviewClaims.QueuePosition;
import io.onboarding.kyc.store.review.WaitingReview;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QueueCursorTest {

    private static final String JOURNEY = "jny_0123456789abcdefghjkmnpqrs";

    @Test
    void aPagesNextNamesTheEntryItEndedOn() {
        Instant since = Instant.parse("2026-11-30T08:15:30.123456Z");
        WaitingReview last = new WaitingReview(JOURNEY, "crm-1", "CHN", "ID_CARD", "", since, false, null, null, null);

        String next = QueueCursor.after(last);

        assertThat(next).matches("[A-Za-z0-9_-]+");
        assertThat(QueueCursor.read(next)).isEqualTo(new QueuePosition(since, JOURNEY));
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String made : new String[] {
            "",
            "not base64!",
            encode("q1|yesterday|" + JOURNEY),
            encode("q1|2026-11-30T08:15:30Z|jny_short"),
            encode("q2|2026-11-30T08:15:30Z|" + JOURNEY),
            "A".repeat(300)
        }) {
            assertThatThrownBy(() -> QueueCursor.read(made))
                    .as(made)
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            refused -> assertThat(refused.violations().get(0).field())
                                    .isEqualTo("cursor"));
        }
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
