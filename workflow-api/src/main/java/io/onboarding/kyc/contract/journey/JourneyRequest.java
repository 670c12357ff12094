package io.onboarding.kyc.contract.journey;

import java.util.Objects;
import java.util.Optional;

/**
 * What a journey is started with. Images are not in here: they are stored once and referenced by
 * document id (claim check), so they never enter workflow history.
 *
 * @param declared what the customer typed, when the product sent it; {@code null} otherwise
 * @param policy   the policy this journey runs under; the defaults when {@code null}
 */
public record JourneyRequest(
        String journeyId, DocumentSubmission document, DeclaredIdentity declared, JourneyPolicy policy) {

    public JourneyRequest {
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(document, "document");
        policy = policy == null ? JourneyPolicy.defaults() : policy;
    }

    public JourneyRequest(String journeyId, DocumentSubmission document) {
        this(journeyId, document, null, null);
    }

    public Optional<DeclaredIdentity> declaredIdentity() {
        return Optional.ofNullable(declared);
    }
}
