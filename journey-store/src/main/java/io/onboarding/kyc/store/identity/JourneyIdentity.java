package io.onboarding.kyc.store.identity;

import io.micronaut.core.annotation.Nullable;

/**
 * Who a journey is about, by source, opened.
 *
 * @param declared what the product declared at the start; {@code null} when it declared nothing
 * @param card     what OCR read off the card; {@code null} before a read, or for cards we get no text from
 */
public record JourneyIdentity(
        @Nullable Identity declared, @Nullable Identity card) {

    public static final JourneyIdentity NONE = new JourneyIdentity(null, null);

    /** Whether no source said anything. */
    public boolean isEmpty() {
        return declared == null && card == null;
    }

    @Override
    public String toString() {
        return "JourneyIdentity[declared=" + (declared != null) + ", card=" + (card != null) + "]";
    }
}
