package io.onboarding.kyc.web.review;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.review.ReviewClaims;
import io.onboarding.kyc.web.auth.Caller;
import io.onboarding.kyc.web.auth.Roles;
import io.onboarding.kyc.web.journey.ClaimRefusals;
import io.onboarding.kyc.web.journey.JourneyCommands;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.KeyedRefusals;
import io.onboarding.kyc.web.openapi.NoBodyRefusal;
import io.onboarding.kyc.web.openapi.RequestSchemas;
import io.onboarding.kyc.web.openapi.UnknownJourney;
import io.onboarding.kyc.web.review.ReviewResources.ClaimResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A reviewer claims a journey waiting for review, so that two people do not work the same case, and gives the
 * claim up. The reviewer is the API key's name; every claim and release is a support action on the record.
 */
@Controller("/v1/journeys/{journeyId}/review/claim")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewClaimController {

    private static final String WAITING_STATUS = "WAITING_REVIEW";

    private final JourneyCommands journeys;
    private final ReviewClaims claims;
    private final ReviewSettings settings;

    ReviewClaimController(JourneyCommands journeys, ReviewClaims claims, ReviewSettings settings) {
        this.journeys = journeys;
        this.claims = claims;
        this.settings = settings;
    }

    @Post
    @Secured(Roles.SUPPORT)
    @Operation(
            operationId = "claimReview",
            summary = "Claim a journey's review, or extend one's own claim",
            description = """
                    Role: SUPPORT. The calling key's name holds the review for `kyc.reviews.claim-for` (15 minutes \
                    unless configured); claiming it again before then extends the claim. While the claim holds, \
                    another reviewer's claim or decision is answered 409 `review-claimed`, naming the holder and \
                    when the claim lapses. Of two reviewers claiming at the same moment exactly one wins. A review \
                    nobody has claimed may still be decided without a claim.""",
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.SUPPORT}))
    @Tag(name = "Reviews")
    @NoBodyRefusal
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The caller's claim",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimResource.class)))
    @UnknownJourney
    @ApiResponse(
            responseCode = "409",
            description = """
                    `review-claimed`: another reviewer holds an unexpired claim (the detail names them and when it \
                    lapses); or `journey-not-waiting`: the journey is not waiting for review. Nothing changed.""",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    ClaimResource claim(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId) {
        Caller reviewer = Caller.of(authentication);
        Journey journey = journeys.visible(journeyId, reviewer);
        if (!WAITING_STATUS.equals(journey.status())) {
            throw ClaimRefusals.notWaiting(journey);
        }
        ReviewClaims.Outcome outcome = claims.claim(journey.id(), reviewer.name(), settings.claimFor());
        if (!outcome.won()) {
            throw ClaimRefusals.claimedBy(outcome.claim());
        }
        return ClaimResource.of(outcome.claim());
    }

    /** Idempotent: there may be nothing left to release (never claimed, lapsed, or released already). */
    @Delete
    @Secured(Roles.SUPPORT)
    @Operation(
            operationId = "releaseReview",
            summary = "Give up one's claim on a journey's review",
            description = """
                    Role: SUPPORT. Ends the calling key's claim at once, so another reviewer may take the case. \
                    Answers 204 also when the caller holds no claim on it (never claimed, lapsed, or released \
                    already), changing nothing; a claim held by another reviewer is theirs to release (409 \
                    `review-claimed`).""",
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.SUPPORT}))
    @Tag(name = "Reviews")
    @KeyedRefusals
    @ApiResponse(responseCode = "204", description = "The caller holds no claim on the journey now")
    @UnknownJourney
    @ApiResponse(
            responseCode = "409",
            description = """
                    `review-claimed`: another reviewer holds the claim (the detail names them and when it lapses); \
                    nothing changed.""",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    HttpResponse<Void> release(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId) {
        Caller reviewer = Caller.of(authentication);
        Journey journey = journeys.visible(journeyId, reviewer);
        ReviewClaims.Release release = claims.release(journey.id(), reviewer.name());
        if (!release.released() && release.heldBy() != null) {
            throw ClaimRefusals.claimedBy(release.heldBy());
        }
        return HttpResponse.noContent();
    }
}
