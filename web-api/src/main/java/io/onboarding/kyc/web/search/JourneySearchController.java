package io.onboarding.kyc.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.onboarding.kyc.store.search.JourneyQuery;
import io.onboarding.kyc.store.search.JourneySearch;
import io.onboarding.kyc.store.search.SearchPage;
import io.onboarding.kyc.web.auth.Roles;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.KeyedRefusals;
import io.onboarding.kyc.web.openapi.RequestSchemas;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Support staff find journeys: filters over the read model in PostgreSQL, a page at a time; Temporal is not asked. */
@Controller("/v1/journeys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class JourneySearchController {

    private static final String DESCRIPTION = """
            Role: SUPPORT. Journeys matching every filter given, from the read model (never from Temporal), a page at \
            a time.

            `sort=created` (the default) answers newest created first; `sort=waiting` answers the journeys waiting \
            on anything (a retake, a review, the authority's daily limit, a foreign card's verdict, a vendor call \
            being retried), longest waiting first. A page holds at most `limit` journeys; `next` is an \
            opaque cursor: send it back as `cursor` with the same filters and sort for the following page. Pages \
            are keyset pages: a journey started after the first page never shifts or repeats a later one. (A journey \
            that stops waiting leaves a `sort=waiting` list; one that starts waiting again joins its end.)

            Every parameter is checked before anything is read; a request that breaks a rule is answered 422 \
            `invalid-request`, `errors` naming each parameter and rule: `one-of` (a value not in the list), \
            `format` (an instant, a duration, a reason or a customer reference that does not parse), `range` \
            (`limit` not a whole number from 1 to 100, `createdFrom` after `createdTo`, an instant before 1970 or \
            after 9999, a `waitingLongerThan` negative or over P3650D), `cursor` \
            (a cursor this API did not give out, or one for another sort), `single` (a parameter other than \
            `status` sent twice) and `unknown-parameter`.""";

    private final JourneySearch search;
    private final Clock clock = Clock.systemUTC();

    JourneySearchController(JourneySearch search) {
        this.search = search;
    }

    @Get
    @Secured(Roles.SUPPORT)
    @Operation(
            operationId = "searchJourneys",
            summary = "Search journeys",
            description = DESCRIPTION,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.SUPPORT}))
    @Tag(name = "Journeys")
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "A page of journeys, and the cursor of the next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyPage.class)))
    @ApiResponse(
            responseCode = "422",
            description = "`invalid-request`: a parameter breaks a rule; `errors` names each one and its rule.",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    JourneyPage search(
            HttpRequest<?> request,
            @Parameter(
                            in = ParameterIn.QUERY,
                            description = "Any of these statuses: repeat the parameter, or separate with commas.")
                    @ArraySchema(
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {
                                                "RUNNING",
                                                "WAITING_RETAKE",
                                                "WAITING_REVIEW",
                                                "COMPLETED",
                                                "FAILED"
                                            }))
                    @Nullable
                    @QueryValue("status")
                    List<String> status,
            @Parameter(
                            description = "How the journey ended.",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"APPROVED", "REJECTED", "CANCELLED", "EXPIRED"}))
                    @Nullable
                    @QueryValue
                    String outcome,
            @Parameter(
                            description = "A machine-readable reason the journey has (docs/workflows.md).",
                            schema = @Schema(type = "string", pattern = "^[A-Z][A-Z0-9_]{0,63}$"))
                    @Nullable
                    @QueryValue
                    String reason,
            @Parameter(
                            description = "The document's country as the journey was started.",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {
                                                "CHN", "AUTO", "BGD", "HKG", "IDN", "JPN", "MYS", "NGA", "PAK", "PHL",
                                                "SGP", "THA", "TWN"
                                            }))
                    @Nullable
                    @QueryValue
                    String country,
            @Parameter(
                            description = "Which checks the journey runs.",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"MAINLAND", "FOREIGN"}))
                    @Nullable
                    @QueryValue
                    String path,
            @Parameter(
                            description = "The product's customer reference, exactly.",
                            schema =
                                    @Schema(
                                            type = "string",
                                            maxLength = 128,
                                            pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"))
                    @Nullable
                    @QueryValue
                    String customerRef,
            @Parameter(
                            description = "Journeys waiting on this now: `retake` (the customer's new photos), "
                                    + "`review` (a reviewer), `daily-limit` (the authority's daily limit for the "
                                    + "identity, until the next Beijing day), `card-verification` (Tencent's "
                                    + "verdict on a foreign card, polled) or `vendor-retry` (a Tencent call that "
                                    + "keeps failing, retried until a person is asked).",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {
                                                "retake",
                                                "review",
                                                "daily-limit",
                                                "card-verification",
                                                "vendor-retry"
                                            }))
                    @Nullable
                    @QueryValue
                    String waiting,
            @Parameter(
                            description = "Created at or after this ISO-8601 instant, e.g. 2026-11-30T00:00:00Z.",
                            schema = @Schema(type = "string", format = "date-time"))
                    @Nullable
                    @QueryValue
                    String createdFrom,
            @Parameter(
                            description = "Created before this ISO-8601 instant; not before `createdFrom`.",
                            schema = @Schema(type = "string", format = "date-time"))
                    @Nullable
                    @QueryValue
                    String createdTo,
            @Parameter(
                            description =
                                    "Waiting (on anything, see `waiting`) for longer than this ISO-8601 duration, "
                                            + "e.g. PT24H or P2D (at most P3650D).",
                            schema = @Schema(type = "string", format = "duration"))
                    @Nullable
                    @QueryValue
                    String waitingLongerThan,
            @Parameter(
                            description = "`created`: newest created first (the default); `waiting`: longest "
                                    + "waiting first, waiting journeys only.",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"created", "waiting"}))
                    @Nullable
                    @QueryValue
                    String sort,
            @Parameter(
                            description = "The most journeys a page holds: 1-100, 20 when not given.",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
                    @Nullable
                    @QueryValue
                    String limit,
            @Parameter(
                            description = "The `next` of the previous page, for the page after it.",
                            schema = @Schema(type = "string", maxLength = 256))
                    @Nullable
                    @QueryValue
                    String cursor) {
        // The raw values, not the bound list (which documents the parameter): binding splits on commas and drops an
        // empty value, which the caller must hear of.
        List<String> statuses = request.getParameters().getAll("status");
        JourneyQuery query = SearchValidator.validate(
                new SearchRequest(
                        statuses,
                        outcome,
                        reason,
                        country,
                        path,
                        customerRef,
                        waiting,
                        createdFrom,
                        createdTo,
                        waitingLongerThan,
                        sort,
                        limit,
                        cursor,
                        sent(request.getParameters())),
                clock.instant());
        SearchPage page = search.find(query);
        return new JourneyPage(
                page.journeys().stream().map(JourneySummary::of).toList(),
                page.next() == null ? null : SearchCursor.encode(query.sort(), page.next()));
    }

    private static List<SearchRequest.Sent> sent(HttpParameters parameters) {
        List<SearchRequest.Sent> sent = new ArrayList<>();
        for (String name : parameters.names()) {
            sent.add(new SearchRequest.Sent(name, parameters.getAll(name).size()));
        }
        return sent;
    }
}
