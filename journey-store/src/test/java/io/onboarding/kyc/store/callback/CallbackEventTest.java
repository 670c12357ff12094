package io.onboarding.kyc.store.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackEventTest {

    @Test
    void writesTheDocumentedShapeInAFixedOrder() {
        CallbackEvent event = new CallbackEvent(
                "evt_jny_1_7",
                CallbackEventType.COMPLETED,
                "jny_1",
                "COMPLETED",
                "REJECTED",
                List.of("NAME_MISMATCH", "REVIEWER_REJECTED"),
                Instant.parse("2026-11-30T10:00:02.118Z"));

        assertThat(event.toJson())
                .isEqualTo("{\"id\":\"evt_jny_1_7\",\"type\":\"journey.completed\",\"journeyId\":\"jny_1\","
                        + "\"status\":\"COMPLETED\",\"outcome\":\"REJECTED\",\"reasons\":[\"NAME_MISMATCH\","
                        + "\"REVIEWER_REJECTED\"],\"occurredAt\":\"2026-11-30T10:00:02.118Z\"}");
    }

    @Test
    void anyTextIsEscapedIntoValidJson() {
        String awkward = "quote \" backslash \\ newline \n bell \u0007 中文 😀";
        CallbackEvent event = new CallbackEvent(
                "evt_1", CallbackEventType.FAILED, "jny_1", "FAILED", null, List.of(awkward), Instant.EPOCH);

        assertThat(event.toJson())
                .contains("\"outcome\":null")
                .contains("\"reasons\":[\"quote \\\" backslash \\\\ newline \\u000a bell \\u0007 中文 😀\"]");
    }

    @Test
    void onlyStatusesAProductActsOnAreEvents() {
        assertThat(CallbackEventType.forStatus("RUNNING")).isEmpty();
        assertThat(CallbackEventType.forStatus("WAITING_RETAKE"))
                .isEqualTo(Optional.of(CallbackEventType.WAITING_RETAKE));
        assertThat(CallbackEventType.forStatus("WAITING_REVIEW").map(CallbackEventType::wireName))
                .hasValue("journey.waiting_review");
    }
}
