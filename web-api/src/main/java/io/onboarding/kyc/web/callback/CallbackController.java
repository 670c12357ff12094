package io.onboarding.kyc.web.callback;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.onboarding.kyc.contract.callback.CallbackDispatcher;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.callback.CallbackDelivery;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.callback.JourneyCallback;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.web.auth.Caller;
import io.onboarding.kyc.web.auth.Roles;
import io.onboarding.kyc.web.callback.CallbackResources.CallbackList;
import io.onboarding.kyc.web.callback.CallbackResources.DeliveryResource;
import io.onboarding.kyc.web.journey.JourneyCommands;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.KeyedRefusals;
import io.onboarding.kyc.web.openapi.NoBodyRefusal;
import io.onboarding.kyc.web.openapi.RequestSchemas;
import io.onboarding.kyc.web.openapi.UnknownJourney;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** A journey's callback deliveries, each with its attempts, and a re-send by support. */
@Controller("/v1/journeys/{journeyId}/callbacks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CallbackController {

    private static final String DELIVERY_ID = "A delivery's id, from the journey's callback list.";

    private final JourneyCommands journeys;
    private final CallbackStore callbacks;
    private final CallbackDispatcher dispatcher;
    private final SupportActions actions;

    CallbackController(
            JourneyCommands journeys, CallbackStore callbacks, CallbackDispatcher dispatcher, SupportActions actions) {
        this.journeys = journeys;
        this.callbacks = callbacks;
        this.dispatcher = dispatcher;
        this.actions = actions;
    }

    @Get
    @Secured({Roles.PRODUCT, Roles.SUPPORT})
    @Operation(
            operationId = "listCallbacks",
            summary = "List a journey's callback deliveries and their attempts",
            description = """
                    Roles: PRODUCT or SUPPORT. Every delivery of the journey's events to its `callbackUrl`, oldest first, each with every HTTP \
                    attempt: status, latency and error. A `PRODUCT` key reads its own journeys' only.""",
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.PRODUCT, Roles.SUPPORT}))
    @Tag(name = "Callbacks")
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The deliveries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CallbackList.class)))
    @UnknownJourney
    CallbackList list(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId) {
        Journey journey = journeys.visible(journeyId, Caller.of(authentication));
        return new CallbackList(
                journey.id(),
                callbacks.callbackOf(journey.id()).map(JourneyCallback::url).orElse(null),
                callbacks.history(journey.id()).stream()
                        .map(DeliveryResource::of)
                        .toList());
    }

    /** 202: a new delivery of the same event; its attempts follow as a first delivery's do. */
    @Post("/{deliveryId}/resend")
    @Secured(Roles.SUPPORT)
    @Operation(
            operationId = "resendCallback",
            summary = "Deliver an event again",
            description = """
                    Role: SUPPORT. A new delivery of a delivery's event, with the same event id and body, to the journey's \
                    `callbackUrl`, on a fresh retry schedule. Only for a delivery that has ended (`DELIVERED`, \
                    `REFUSED`, `GAVE_UP`): one still `PENDING` is retrying by itself.""",
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.SUPPORT}))
    @Tag(name = "Callbacks")
    @NoBodyRefusal
    @KeyedRefusals
    @ApiResponse(
            responseCode = "202",
            description = "The new delivery; its attempts show in the journey's callback list.",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "/v1/journeys/{journeyId}/callbacks",
                            schema = @Schema(type = "string")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryResource.class)))
    @ApiResponse(
            responseCode = "404",
            description = "`journey-not-found` or `callback-not-found`: no such journey, or no such delivery of it.",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    @ApiResponse(
            responseCode = "409",
            description = "`callback-pending`: the delivery is still being attempted; nothing changed.",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    HttpResponse<DeliveryResource> resend(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId,
            @Parameter(description = DELIVERY_ID) @PathVariable String deliveryId) {
        Caller caller = Caller.of(authentication);
        Journey journey = journeys.visible(journeyId, caller);
        CallbackDelivery original = callbacks
                .delivery(deliveryId)
                .filter(delivery -> delivery.journeyId().equals(journey.id()))
                .orElseThrow(() -> new ProblemException(Problem.of(
                        "callback-not-found",
                        "Callback delivery not found",
                        404,
                        "Journey " + journey.id() + " has no callback delivery " + deliveryId)));
        CallbackDelivery resent;
        try {
            resent = callbacks.resend(original, caller.name());
        } catch (IllegalStateException pending) {
            throw new ProblemException(Problem.of(
                    "callback-pending",
                    "Callback delivery still pending",
                    HttpStatus.CONFLICT.getCode(),
                    "Delivery " + deliveryId + " is still being attempted on its retry schedule; re-send it once it"
                            + " has ended"));
        }
        // on the support record as soon as the new delivery exists, before its first attempt
        actions.record(journey.id(), caller.name(), SupportAction.Kind.CALLBACK_RESENT, resent.id());
        dispatcher.dispatch(resent.id());
        return HttpResponse.<DeliveryResource>status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/v1/journeys/" + journey.id() + "/callbacks")
                .body(DeliveryResource.of(resent, List.of()));
    }
}
