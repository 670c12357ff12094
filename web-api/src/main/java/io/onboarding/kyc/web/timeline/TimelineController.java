package io.onboarding.kyc.web.timeline;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.document.DocumentReceiptRepository;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.vendor.VendorCallRepository;
import io.onboarding.kyc.web.auth.Caller;
import io.onboarding.kyc.web.auth.Roles;
import io.onboarding.kyc.web.journey.JourneyCommands;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.KeyedRefusals;
import io.onboarding.kyc.web.openapi.UnknownJourney;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * A journey's whole story for support staff (and for the product that started it), read from PostgreSQL only: the
 * recorded timeline, the images received, the vendor-call audit, the callbacks and the support actions.
 */
@Controller("/v1/journeys/{journeyId}/timeline")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TimelineController {

    private final JourneyCommands journeys;
    private final JourneyStore store;
    private final DocumentReceiptRepository documents;
    private final VendorCallRepository vendorCalls;
    private final CallbackStore callbacks;
    private final SupportActions supportActions;

    TimelineController(
            JourneyCommands journeys,
            JourneyStore store,
            DocumentReceiptRepository documents,
            VendorCallRepository vendorCalls,
            CallbackStore callbacks,
            SupportActions supportActions) {
        this.journeys = journeys;
        this.store = store;
        this.documents = documents;
        this.vendorCalls = vendorCalls;
        this.callbacks = callbacks;
        this.supportActions = supportActions;
    }

    /**
     * One snapshot for all five reads: a journey move and the callback delivery it causes are written in one
     * transaction, and the timeline must show both or neither.
     */
    @Get
    @Secured({Roles.PRODUCT, Roles.SUPPORT})
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    @Operation(
            operationId = "getJourneyTimeline",
            summary = "Read everything that happened to a journey, in order",
            description = """
                    Roles: PRODUCT or SUPPORT. A product key reads only the journeys it started (another key's \
                    journey is answered 404); a support key reads every journey.

                    Every event, oldest first, each with a `kind`: `step` (each run of each step, started and \
                    ended), `journey` (status moves, and notes such as a wait on the vendor's daily limit), \
                    `document` (images received; an `upload` after the first is a retake), `vendor-call` (each call \
                    to Tencent with its action, `RequestId`, result code, whether it is billable, latency and \
                    attempt), `callback-delivery` and `callback-attempt` (the product's callbacks), and \
                    `support-action` (claims, review decisions with their reviewer and reason, cancels, re-sent \
                    callbacks, reads of images; support keys only: a product key's timeline leaves out who on the \
                    support desk did what). A review's decision also shows as the `REVIEW` step's end \
                    (`APPROVE by <reviewer>`), and a cancel as the journey's move to `COMPLETED`/`CANCELLED`. \
                    Read from the database, never from the running workflow; no names, ID numbers or images.""",
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.PRODUCT, Roles.SUPPORT}))
    @Tag(name = "Journeys")
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The timeline",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TimelineResource.class)))
    @UnknownJourney
    TimelineResource timeline(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId) {
        Caller caller = Caller.of(authentication);
        Journey journey = journeys.visible(journeyId, caller);
        String id = journey.id();
        // the support desk's own audit (its staff's names, their notes, who looked at images) stays with support
        return Timeline.assemble(
                id,
                store.timeline(id),
                documents.listByJourneyIdOrderByCreatedAt(id),
                vendorCalls.listByJourneyIdOrderById(id),
                callbacks.history(id),
                caller.holds(ApiRole.SUPPORT) ? supportActions.of(id) : List.of());
    }
}
