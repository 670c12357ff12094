package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.CardVerificationVerdict;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignCardImage;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import io.onboarding.kyc.sandbox.card.VerificationScenario;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a card verification finds, decided from the synthetic card's truth: the one place both card-verification
 * pairs (Face ID's ApplyCardVerification and OCR's ApplyCardVerificationExternal) settle their verdict, so they
 * cannot drift apart. Each pair only spells the verdict its own way.
 *
 * @param processingPolls polls that answer {@code PROCESSING} before the verdict
 * @param card            the document recognised on the front; empty when the front shows none the action verifies
 */
record CardFindings(
        int processingPolls, CardVerificationVerdict verdict, List<String> warnInfo, Optional<ForeignCard> card) {

    /** A verification that finds no document still takes a poll to say so. */
    static final int POLLS_WHEN_UNRECOGNISED = 1;

    static final String OTHER_WARNING = "OtherWarning";
    static final String INFORMATION_VERIFICATION_FAILED = "InformationVerificationFailed";

    CardFindings {
        warnInfo = List.copyOf(warnInfo);
    }

    /** The card carries the holder's name and number: never in a log line. */
    @Override
    public String toString() {
        return "CardFindings[processingPolls=" + processingPolls + ", verdict=" + verdict + ", warnInfo=" + warnInfo
                + ", recognised=" + card.isPresent() + "]";
    }

    /**
     * Settles a verification: the card's scenario, unless the front shows no document the action verifies
     * ({@code OtherWarning}), or the document is not the one declared, or the back belongs to another document
     * ({@code InformationVerificationFailed}); those are rejected.
     *
     * @param verifiable whether the action verifies the document on the front at all
     * @param declared   whether the document on the front is what the caller declared
     * @param scenario   how the verification treats the front photo
     */
    static CardFindings settle(
            Optional<ForeignCardImage> front,
            boolean hasBack,
            Optional<ForeignCardImage> back,
            Predicate<ForeignCard> verifiable,
            Predicate<ForeignCard> declared,
            Function<ForeignCardImage, VerificationScenario> scenario) {
        if (front.isEmpty() || !verifiable.test(front.get().card())) {
            return new CardFindings(
                    POLLS_WHEN_UNRECOGNISED,
                    CardVerificationVerdict.REJECTED,
                    List.of(OTHER_WARNING),
                    Optional.empty());
        }
        ForeignCard card = front.get().card();
        VerificationScenario played = scenario.apply(front.get());
        boolean foreignBack = hasBack
                && back.filter(seen -> seen.side() == SandboxCardSide.BACK
                                && seen.card().documentNumber().equals(card.documentNumber()))
                        .isEmpty();
        if (!declared.test(card) || foreignBack) {
            return new CardFindings(
                    played.processingPolls(),
                    CardVerificationVerdict.REJECTED,
                    List.of(INFORMATION_VERIFICATION_FAILED),
                    Optional.of(card));
        }
        return new CardFindings(played.processingPolls(), played.verdict(), played.warnInfo(), Optional.of(card));
    }
}
