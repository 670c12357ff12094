package io.onboarding.kyc.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;

/** One page of a journey search. */
@Serdeable
@Schema(name = "JourneyPage")
public record JourneyPage(
        @Schema(description = "At most `limit` journeys, in the order asked for.")
        List<JourneySummary> journeys,

        @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = """
                        Send it back as `cursor`, with the same filters and sort, for the next page; null on the \
                        last page. Journeys started after the first page never shift or repeat later pages.""") @Nullable
        String next) {}
