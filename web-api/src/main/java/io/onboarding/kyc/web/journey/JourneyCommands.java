package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.contract.journey.CancellationRequest;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.journey.JourneyWorkflow;
import io.onboarding.kyc.contract.journey.RetakeSubmission;
import io.onboarding.kyc.contract.journey.ReviewDecision;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.review.ReviewClaims;
import io.onboarding.kyc.web.auth.Caller;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import jakarta.inject.Singleton;
import java.time.Clock;
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
    private final ReviewClaims claims;
    private final SupportActions actions;
    private final Clock clock = Clock.systemUTC();

    public JourneyCommands(
            JourneyStore journeys,
            DocumentStore documents,
            WorkflowClient temporal,
            ReviewClaims claims,
            SupportActions actions) {
        this.journeys = journeys;
        this.documents = documents;
        this.temporal = temporal;
        this.claims = claims;
        this.actions = actions;
    }

    Journey retake(String journeyId, Caller caller, StartJourneyValidator.ValidDocument document) {
        Journey journey = visible(journeyId, caller);
        if (!journey.country().equals(document.country())
                || !journey.documentType().equals(document.type().name())) {
            throw new InvalidRequestException(List.of(new FieldViolation(
                    "document",
                    "same-document",
                    "a retake must be of the same document: " + journey.country() + " " + journey.documentType())));
        }
        String front = documents.save(
                journeyId,
                "FRONT",
                document.front().mediaType(),
                document.front().content());
        String back = document.back() == null
                ? null
                : documents.save(
                        journeyId,
                        "BACK",
                        document.back().mediaType(),
                        document.back().content());
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

    /**
     * A reviewer's decision; the reviewer is the API key's name (1-64 letters, digits, '.', '-', '_'), kept
     * in the timeline's detail ("APPROVE by support-desk-7"). While another reviewer holds an unexpired claim on
     * the review, it is theirs to decide: refused before the journey hears of it. An unclaimed review may be decided
     * directly. The decision goes on the support record once the journey has taken it.
     */
    Journey review(String journeyId, Caller reviewer, ReviewRequest request) {
        Journey journey = visible(journeyId, reviewer);
        ReviewDecision decision = validReview(reviewer.name(), request);
        claims.current(journey.id())
                .filter(claim -> !claim.heldBy(reviewer.name()))
                .ifPresent(claim -> {
                    throw ClaimRefusals.claimedBy(claim);
                });
        try {
            workflow(journeyId).review(decision);
        } catch (WorkflowUpdateException | WorkflowNotFoundException refused) {
            throw notWaiting(journey, "a review");
        }
        actions.record(
                journey.id(),
                reviewer.name(),
                decision.decision() == ReviewDecision.Decision.APPROVE
                        ? SupportAction.Kind.REVIEW_APPROVED
                        : SupportAction.Kind.REVIEW_REJECTED,
                decision.reason());
        return journey;
    }

    Journey cancel(String journeyId, Caller caller, CancelRequest request) {
        Journey journey = visible(journeyId, caller);
        checkCancelReason(request);
        if (cancelled(journey)) {
            return journey;
        }
        if ("COMPLETED".equals(journey.status()) || "FAILED".equals(journey.status())) {
            throw notWaiting(journey, "cancellation");
        }
        try {
            workflow(journeyId).cancel(new CancellationRequest(request == null ? null : request.reason()));
        } catch (WorkflowNotFoundException finished) {
            // It ended since we read it (by a cancel a moment ahead of this one, or otherwise), or it is an
            // orphan with no workflow behind it, which cancel must still be able to end (ADR 11).
            Journey ended = existing(journeyId);
            if (!cancelled(ended) && JourneyStore.UNFINISHED.contains(ended.status())) {
                // False when a concurrent cancel or the reconciliation got there first: the re-read tells.
                journeys.endWithoutWorkflow(ended, "COMPLETED", "CANCELLED", "CANCELLED", clock.instant());
                ended = existing(journeyId);
            }
            if (cancelled(ended)) {
                recordCancel(ended, caller, request);
                return ended;
            }
            throw notWaiting(ended, "cancellation");
        }
        recordCancel(journey, caller, request);
        return journey;
    }

    /** A cancel taken goes on the support record; a repeat of one already done (answered as it was) does not. */
    private void recordCancel(Journey journey, Caller caller, CancelRequest request) {
        actions.record(
                journey.id(), caller.name(), SupportAction.Kind.CANCELLED, request == null ? null : request.reason());
    }

    /**
     * Cancel is idempotent: a journey cancelled already answers a repeated cancel as the first one was
     * answered. One still being cancelled shows as unfinished and takes the signal again, which the
     * workflow ignores once it has one; only a journey that ended otherwise refuses.
     */
    private static boolean cancelled(Journey journey) {
        return "CANCELLED".equals(journey.outcome());
    }

    /** The journey, if this caller may see it; a journey of another product key is as good as absent. */
    public Journey visible(String journeyId, Caller caller) {
        Journey journey = existing(journeyId);
        if (!caller.mayRead(journey.ownerKeyId())) {
            throw notFound(journeyId);
        }
        return journey;
    }

    Journey existing(String journeyId) {
        return (JourneyIds.isValid(journeyId) ? journeys.find(journeyId) : Optional.<Journey>empty())
                .orElseThrow(() -> notFound(journeyId));
    }

    private static ProblemException notFound(String journeyId) {
        // Only an id of the right form is repeated back: the path is the client's text (bidi overrides, NULs).
        return new ProblemException(
                Problem.of(
                        "journey-not-found",
                        "No such journey",
                        404,
                        JourneyIds.isValid(journeyId)
                                ? "There is no journey " + journeyId
                                : "There is no journey with that id: a journey id is jny_ and 26 lowercase letters and digits"));
    }

    private static ReviewDecision validReview(String reviewerId, ReviewRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
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
            violations.add(new FieldViolation(
                    "reason", "required", "reason is required: it goes into the journey's timeline"));
        } else {
            reasonViolation(request.reason()).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new ReviewDecision(reviewerId, decision, request.reason());
    }

    /** A cancel needs no reason; one that is given follows the rules of a review's reason. */
    private static void checkCancelReason(CancelRequest request) {
        if (request == null || request.reason() == null) {
            return;
        }
        Optional<FieldViolation> violation = request.reason().isBlank()
                ? Optional.of(new FieldViolation(
                        "reason", "not-blank", "reason, when given, must not be blank: leave it out instead"))
                : reasonViolation(request.reason());
        if (violation.isPresent()) {
            throw new InvalidRequestException(List.of(violation.get()));
        }
    }

    /** A reason goes into the journey's timeline as one line of text. */
    private static Optional<FieldViolation> reasonViolation(String reason) {
        if (PrintableText.length(reason) > MAX_REASON_LENGTH) {
            return Optional.of(new FieldViolation(
                    "reason", "max-length", "reason must be at most " + MAX_REASON_LENGTH + " characters"));
        }
        if (!PrintableText.isPrintable(reason)) {
            return Optional.of(
                    new FieldViolation("reason", PrintableText.RULE, "reason must be " + PrintableText.DESCRIPTION));
        }
        return Optional.empty();
    }

    private JourneyWorkflow workflow(String journeyId) {
        return temporal.newWorkflowStub(JourneyWorkflow.class, JourneyIds.workflowId(journeyId));
    }

    private static ProblemException notWaiting(Journey journey, String what) {
        return new ProblemException(Problem.of(
                "journey-not-waiting",
                "The journey is not waiting for this",
                409,
                "Journey " + journey.id() + " is " + journey.status() + " and does not take " + what + " now"));
    }
}
