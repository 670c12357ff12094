package io.onboarding.kyc.web.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.onboarding.kyc.store.review.ReviewClaims;
import io.onboarding.kyc.store.review.WaitingReview;
import io.onboarding.kyc.web.auth.Roles;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.KeyedRefusals;
import io.onboarding.kyc.web.openapi.RequestSchemas;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.review.ReviewResources.QueuedReview;
import io.onboarding.kyc.web.review.ReviewResources.ReviewQueue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The review queue: journeys waiting for a support reviewer, oldest first, with who has claimed each. */
@Controller("/v1/reviews")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewQueueController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private final ReviewClaims claims;
    private final Clock clock = Clock.systemUTC();

    ReviewQueueController(ReviewClaims claims) {
        this.claims = claims;
    }

    @Get
    @Secured(Roles.SUPPORT)
    @Operation(
            operationId = "listReviews",
            summary = "The review queue: journeys waiting for review, oldest first",
            description = """
                    Role: SUPPORT. Every journey whose status is `WAITING_REVIEW`, the longest wait first, with its \
                    reasons, how long it has waited, whether the workflow escalated it (after a day), and the claim on \
                    it, if any (`POST /v1/journeys/{journeyId}/review/claim`). A page holds `limit` journeys (1-100, \
                    50 unless given); pass its `next` back as `cursor` for the following page, which starts after the last \
                    journey shown even while others join or leave the queue.""",
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.SUPPORT}))
    @Tag(name = "Reviews")
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "A page of the queue",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewQueue.class)))
    @ApiResponse(
            responseCode = "422",
            description = """
                    `invalid-request`: `limit` is not a whole number from 1 to 100 (rule `range`), or `cursor` is not the \
                    `next` of a page (rule `format`).""",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    ReviewQueue list(
            @Parameter(
                            name = "limit",
                            in = ParameterIn.QUERY,
                            description = "How many journeys a page holds: 1 to 100, 50 unless given.",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "50"))
                    @Nullable
                    @QueryValue("limit")
                    String limit,
            @Parameter(
                            name = QueueCursor.FIELD,
                            in = ParameterIn.QUERY,
                            description = "The `next` of the page before; none for the first page.",
                            schema = @Schema(type = "string"))
                    @Nullable
                    @QueryValue(QueueCursor.FIELD)
                    String cursor) {
        int size = limit(limit);
        ReviewClaims.QueuePosition after = cursor == null ? null : QueueCursor.read(cursor);
        // one more than the page shows, to tell whether there is a next page
        List<WaitingReview> rows = claims.queue(after, size + 1);
        List<WaitingReview> page = rows.size() > size ? rows.subList(0, size) : rows;
        Instant now = clock.instant();
        return new ReviewQueue(
                page.stream().map(row -> QueuedReview.of(row, now)).toList(),
                rows.size() > size ? QueueCursor.after(page.get(page.size() - 1)) : null);
    }

    /** Read as text so that "abc" and "0" are answered alike, naming the parameter, not Micronaut's binding. */
    private static int limit(@Nullable String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        int value;
        try {
            value = Integer.parseInt(limit);
        } catch (NumberFormatException notANumber) {
            value = 0;
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw new InvalidRequestException(List.of(
                    new FieldViolation("limit", "range", "limit must be a whole number from 1 to " + MAX_LIMIT)));
        }
        return value;
    }
}
