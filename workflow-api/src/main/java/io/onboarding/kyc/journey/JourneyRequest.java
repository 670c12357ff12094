package io.onboarding.kyc.journey;

import java.util.Objects;

/**
 * What a journey is started with. Images are not in here: they are stored once and referenced by
 * document id (claim check), so they never enter workflow history.
 */
public record JourneyRequest(String journeyId, DocumentSubmission document) {

    public JourneyRequest {
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(document, "document");
    }
}
