package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.journey.CancellationRequest;
import io.onboarding.kyc.journey.JourneyIds;
import io.onboarding.kyc.journey.JourneyWorkflow;
import io.onboarding.kyc.journey.RetakeSubmission;
import io.onboarding.kyc.journey.ReviewDecision;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What product flows and support staff tell a running journey. The journey itself decides whether it
 * is waiting for what it is told; anything it refuses is answered 409 and changes nothing.
 */
@Singleton
public class JourneyCommands {

    private static final int MAX_REASON_LENGTH = 500;

    private final JourneyStore journeys;
    private final DocumentStore documents;
    private final WorkflowClient temporal;

    public JourneyCommands(JourneyStore journeys, DocumentStore documents, WorkflowClient temporal) {
        this.journeys = journeys;
        this.documents = documents;
        this.temporal = temporal;
    }

    Journey retake(String journeyId, StartJourneyValidator.ValidDocument document) {
        Journey journey = existing(journeyId);
        if (!journey.country().equals(document.country()) || !journey.documentType().equals(document.type().name())) {
            throw new InvalidRequestException(List.of(new FieldViolation("document", "same-document",
                    "a retake must be of the same document: " + journey.country() + " " + journey.documentType())));
        }
        String front = documents.save(journeyId, "FRONT", document.front().mediaType(), document.front().content());
        String back = document.back() == null ? null
                : documents.save(journeyId, "BACK", document.back().mediaType(), document.back().content());
        try {
            workflow(journeyId).submitRetake(new RetakeSubmission(front, back));
        } catch (WorkflowUpdateException | WorkflowNotFoundException refused) {
            documents.delete(front);
            if (back != null) {
                documents.delete(back);
            }
            throw notWaiting(journey, "new photos");
        }
        return journey;
    }

    Journey review(String journeyId, String reviewerId, ReviewRequest request) {
        Journey journey = existing(journeyId);
        ReviewDecision decision = validReview(reviewerId, request);
        try {
            workflow(journeyId).review(decision);
        } catch (WorkflowUpdateException | WorkflowNotFoundException refused) {
            throw notWaiting(journey, "a review");
        }
        return journey;
    }

    Journey cancel(String journeyId, CancelRequest request) {
        Journey journey = existing(journeyId);
        if ("COMPLETED".equals(journey.status()) || "FAILED".equals(journey.status())) {
            throw notWaiting(journey, "cancellation");
        }
        try {
            workflow(journeyId).cancel(new CancellationRequest(request == null ? null : request.reason()));
        } catch (WorkflowNotFoundException finished) {
            throw notWaiting(journey, "cancellation");
        }
        return journey;
    }

    Journey existing(String journeyId) {
        return (JourneyIds.isValid(journeyId) ? journeys.find(journeyId) : Optional.<Journey>empty())
                .orElseThrow(() -> new ProblemException(Problem.of("journey-not-found", "No such journey", 404,
                        "There is no journey " + journeyId)));
    }

    private static ReviewDecision validReview(String reviewerId, ReviewRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (reviewerId == null || reviewerId.isBlank()) {
            violations.add(new FieldViolation("X-Reviewer-Id", "required", "the X-Reviewer-Id header names who decides"));
        }
        ReviewDecision.Decision decision = null;
        if (request == null || request.decision() == null) {
            violations.add(new FieldViolation("decision", "required", "decision is required: APPROVE or REJECT"));
        } else {
            try {
                decision = ReviewDecision.Decision.valueOf(request.decision());
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("decision", "one-of", "decision must be APPROVE or REJECT"));
            }
        }
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            violations.add(new FieldViolation("reason", "required", "reason is required: it goes into the journey's timeline"));
        } else if (request.reason().length() > MAX_REASON_LENGTH) {
            violations.add(new FieldViolation("reason", "max-length", "reason must be at most " + MAX_REASON_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new ReviewDecision(reviewerId, decision, request.reason());
    }

    private JourneyWorkflow workflow(String journeyId) {
        return temporal.newWorkflowStub(JourneyWorkflow.class, JourneyIds.workflowId(journeyId));
    }

    private static ProblemException notWaiting(Journey journey, String what) {
        return new ProblemException(Problem.of("journey-not-waiting", "The journey is not waiting for this", 409,
                "Journey " + journey.id() + " is " + journey.status() + " and does not take " + what + " now"));
    }
}
