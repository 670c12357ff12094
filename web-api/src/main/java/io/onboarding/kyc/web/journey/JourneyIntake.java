package io.onboarding.kyc.web.journey;

import io.micronaut.transaction.annotation.Transactional;
import io.onboarding.kyc.contract.journey.DocumentSubmission;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.journey.JourneyPolicy;
import io.onboarding.kyc.contract.journey.JourneyRequest;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.web.policy.PolicySettings;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Writes a new journey and its images in one transaction: both are there, or neither. */
@Singleton
public class JourneyIntake {

    private final JourneyStore journeys;
    private final DocumentStore documents;
    private final JourneyPolicy policy;
    private final Clock clock = Clock.systemUTC();

    public JourneyIntake(JourneyStore journeys, DocumentStore documents, PolicySettings policy) {
        this.journeys = journeys;
        this.documents = documents;
        this.policy = policy.toPolicy();
    }

    @Transactional
    public JourneyRequest store(ValidStart start) {
        String journeyId = JourneyIds.newJourneyId();
        Instant now = clock.instant();
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
                0));
        String front = save(journeyId, document.front());
        String back = document.back() == null ? null : save(journeyId, document.back());
        return new JourneyRequest(
                journeyId,
                new DocumentSubmission(document.country(), document.type(), front, back),
                start.declared(),
                policy);
    }

    private String save(String journeyId, SubmittedImage image) {
        return documents.save(journeyId, image.side(), image.mediaType(), image.content());
    }
}
