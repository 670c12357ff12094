package io.onboarding.kyc.contract.journey;

import java.util.Optional;

/**
 * The identity document a journey checks, by reference.
 *
 * @param country         ISO 3166-1 alpha-3 issuing country, {@code CHN} for a mainland resident ID card
 * @param type            the kind of document
 * @param frontDocumentId stored image of the portrait side
 * @param backDocumentId  stored image of the national-emblem side, {@code null} when not given
 */
public record DocumentSubmission(String country, DocumentType type, String frontDocumentId, String backDocumentId) {

    public Optional<String> back() {
        return Optional.ofNullable(backDocumentId);
    }
}
