package io.onboarding.kyc.web.timeline;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code GET /v1/journeys/{id}/timeline}: everything that happened to a journey, oldest first. */
@Serdeable
public record TimelineResource(
        String journeyId,

        @ArraySchema(arraySchema = @Schema(description = """
                                        Oldest first. Events at the same instant keep the order of their sources: \
                                        the journey's recorded timeline, the images, the vendor calls, the \
                                        callbacks, the support actions."""), schema = @Schema(implementation = TimelineEvent.class))
        List<TimelineEvent> events) {

    public TimelineResource {
        events = List.copyOf(events);
    }
}
