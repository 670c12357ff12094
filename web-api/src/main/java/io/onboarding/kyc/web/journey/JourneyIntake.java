package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.onboarding.kyc.contract.journey.DocumentSubmission;
import io.onboarding.kyc.contract.journey.ForeignCardRules;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.journey.JourneyPath;
import io.onboarding.kyc.contract.journey.JourneyPolicy;
import io.onboarding.kyc.contract.journey.JourneyRequest;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.idempotency.IdempotencyStore;
import io.onboarding.kyc.store.idempotency.IdempotentStart;
import io.onboarding.kyc.store.identity.Identity;
import io.onboarding.kyc.store.identity.IdentitySource;
import io.onboarding.kyc.store.identity.IdentityStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.web.policy.PolicySettings;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Writes a new journey and its images in one transaction: both are there, or neither. */
@Singleton
public class JourneyIntake {

    private final JourneyStore journeys;
    private final DocumentStore documents;
    private final IdempotencyStore idempotency;
    private final JourneyPolicy policy;
    private final IdentityStore identities;
    private final CallbackStore callbacks;
    private final Clock clock = Clock.systemUTC();

    public JourneyIntake(
            JourneyStore journeys,
            DocumentStore documents,
            IdempotencyStore idempotency,
            PolicySettings policy,
            IdentityStore identities,
            CallbackStore callbacks) {
        this.journeys = journeys;
        this.documents = documents;
        this.idempotency = idempotency;
        this.policy = policy.toPolicy();
        this.identities = identities;
        this.callbacks = callbacks;
    }

    /**
     * Stores a new journey and its images, or, when another request already claimed the same
     * idempotency key, nothing: the claim and the journey commit together or not at all.
     */
    @Transactional
    public Intake store(ValidStart start, String ownerKeyId, @Nullable IdempotentRequest idempotent) {
        String journeyId = JourneyIds.newJourneyId();
        Instant now = clock.instant();
        if (idempotent != null) {
            Optional<IdempotentStart> holder =
                    idempotency.claim(ownerKeyId, idempotent.key(), idempotent.fingerprint(), journeyId, now);
            if (holder.isPresent()) {
                return new Intake.Held(holder.get());
            }
        }
        StartJourneyValidator.ValidDocument document = start.document();
        journeys.create(new Journey(
                journeyId,
                start.customerRef(),
                document.country(),
                document.type().name(),
                JourneyStatus.RUNNING.name(),
                null,
                null,
                "",
                now,
                now,
                0,
                ownerKeyId));
        // CHN and the foreign countries say at once which checks run; an AUTO journey's workflow finds out
        if ("CHN".equals(document.country())) {
            journeys.onPath(journeyId, JourneyPath.MAINLAND.name());
        } else if (ForeignCardRules.isForeign(document.country())) {
            journeys.onPath(journeyId, JourneyPath.FOREIGN.name());
        }
        if (start.callbackUrl() != null) {
            callbacks.register(journeyId, start.callbackUrl(), ownerKeyId);
        }
        String front = save(journeyId, document.front());
        String back = document.back() == null ? null : save(journeyId, document.back());
        // sealed beside the journey, so support can see who it is about without asking the workflow
        if (start.declared() != null) {
            identities.save(
                    journeyId,
                    IdentitySource.DECLARED,
                    new Identity(start.declared().name(), start.declared().idNumber()));
        }
        return new Intake.Created(new JourneyRequest(
                journeyId,
                new DocumentSubmission(document.country(), document.type(), front, back),
                start.declared(),
                policy));
    }

    /** What {@link #store} did. */
    public sealed interface Intake {

        /** A new journey, ready for its workflow. */
        record Created(JourneyRequest request) implements Intake {}

        /** The idempotency key was taken: by a retry of this request, or by a different one. */
        record Held(IdempotentStart start) implements Intake {}
    }

    private String save(String journeyId, SubmittedImage image) {
        return documents.save(journeyId, image.side(), image.mediaType(), image.content());
    }
}
