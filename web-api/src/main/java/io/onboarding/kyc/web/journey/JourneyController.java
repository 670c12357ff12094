package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.sealing.Sealer;
import io.onboarding.kyc.web.auth.Caller;
import io.onboarding.kyc.web.auth.Roles;
import io.onboarding.kyc.web.journey.StartJourneyForm.DocumentFields;
import io.onboarding.kyc.web.journey.StartJourneyRequest.DocumentPayload;
import io.onboarding.kyc.web.json.StrictJsonReader;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.BodyRefusals;
import io.onboarding.kyc.web.openapi.KeyedRefusals;
import io.onboarding.kyc.web.openapi.OperationText;
import io.onboarding.kyc.web.openapi.RequestSchemas;
import io.onboarding.kyc.web.openapi.UnknownJourney;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Product flows start journeys, send retakes and read their outcome; support staff read any journey, decide
 * reviews and cancel. Every route needs an API key ({@code X-API-Key}) holding the role it names.
 */
@Controller("/v1/journeys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class JourneyController {

    /** Says an answer repeats the one an earlier request under the same Idempotency-Key got (as Stripe does). */
    static final String REPLAYED = "Idempotent-Replayed";
    /** The JSON part of a multipart start and of a multipart retake. */
    static final String JOURNEY_PART = "journey";

    static final String DOCUMENT_PART = "document";

    private final StartJourneyValidator validator;
    private final JourneyStarter starter;
    private final JourneyCommands commands;
    private final JourneyStore journeys;
    private final Sealer sealer;
    private final StrictJsonReader json;
    private final IdentityViews identities;

    JourneyController(
            StartJourneyValidator validator,
            StrictJsonReader json,
            JourneyStarter starter,
            JourneyCommands commands,
            JourneyStore journeys,
            Sealer sealer,
            IdentityViews identities) {
        this.validator = validator;
        this.json = json;
        this.starter = starter;
        this.commands = commands;
        this.journeys = journeys;
        this.sealer = sealer;
        this.identities = identities;
    }

    /**
     * Answers 202: the checks run on; poll the Location for the outcome. The journey belongs to the key. With
     * an {@code Idempotency-Key}, a retry of the same request answers 200 with the same journey and
     * {@code Idempotent-Replayed: true}; a different request under the same key answers 409.
     */
    @Post
    @Secured(Roles.PRODUCT)
    @Operation(
            operationId = "startJourney",
            summary = "Start a journey",
            description = OperationText.START,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.PRODUCT}))
    @Tag(name = "Journeys")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RequestSchemas.StartJourney.class)),
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA,
                        schema = @Schema(implementation = RequestSchemas.StartMultipart.class),
                        encoding = {
                            @Encoding(name = "journey", contentType = MediaType.APPLICATION_JSON),
                            @Encoding(name = "front", contentType = ApiText.IMAGE_TYPES),
                            @Encoding(name = "back", contentType = ApiText.IMAGE_TYPES)
                        })
            })
    @BodyRefusals
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = ApiText.REPLAYED,
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = HttpHeaders.LOCATION,
                        description = ApiText.JOURNEY_LOCATION,
                        schema = @Schema(type = "string")),
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = JourneyController.REPLAYED,
                        description = ApiText.REPLAYED_HEADER,
                        schema = @Schema(type = "string", allowableValues = "true"))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResource.class)))
    @ApiResponse(
            responseCode = "202",
            description = ApiText.ACCEPTED,
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = HttpHeaders.LOCATION,
                        description = ApiText.JOURNEY_LOCATION,
                        schema = @Schema(type = "string"))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResource.class)))
    @ApiResponse(
            responseCode = "409",
            description = ApiText.IDEMPOTENCY_KEY_REUSED,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    HttpResponse<JourneyResource> start(
            Authentication authentication,
            @Parameter(
                            name = IdempotentRequest.HEADER,
                            in = ParameterIn.HEADER,
                            description = ApiText.IDEMPOTENCY_KEY,
                            schema =
                                    @Schema(
                                            type = "string",
                                            minLength = 1,
                                            maxLength = 255,
                                            pattern = ApiText.IDEMPOTENCY_KEY_PATTERN))
                    @Nullable
                    @Header(IdempotentRequest.HEADER)
                    String idempotencyKey,
            @Body StartJourneyRequest request) {
        return start(Caller.of(authentication), idempotencyKey, validator.validate(request));
    }

    /**
     * The same start as {@code multipart/form-data}: a {@code journey} part holding the JSON object without its
     * images, and the images as the file parts {@code front} and {@code back} (optional), raw PNG or JPEG bytes.
     * The same content under the same {@code Idempotency-Key} is the same request, whichever way it came.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.PRODUCT)
    @Hidden // documented with start: one operation, two request content types
    HttpResponse<JourneyResource> startWithFiles(
            Authentication authentication,
            @Nullable @Header(IdempotentRequest.HEADER) String idempotencyKey,
            @Body MultipartBody body) {
        MultipartForm.Parts parts = MultipartForm.read(body, JOURNEY_PART);
        StartJourneyForm form = json.read(parts.json(), Argument.of(StartJourneyForm.class), "The journey part");
        return start(Caller.of(authentication), idempotencyKey, validator.validate(form, parts.front(), parts.back()));
    }

    private HttpResponse<JourneyResource> start(Caller caller, @Nullable String idempotencyKey, ValidStart start) {
        JourneyStarter.Started started =
                starter.start(start, caller.keyId(), IdempotentRequest.of(idempotencyKey, start, sealer));
        if (!started.replayed()) {
            return accepted(started.journey().id(), caller);
        }
        return HttpResponse.<JourneyResource>ok()
                .header(
                        HttpHeaders.LOCATION,
                        "/v1/journeys/" + started.journey().id())
                .header(REPLAYED, "true")
                .body(view(started.journey().id(), caller));
    }

    /** A product key reads the journeys it started (another's answer 404); support reads every journey. */
    @Get("/{journeyId}")
    @Secured({Roles.PRODUCT, Roles.SUPPORT})
    @Operation(
            operationId = "getJourney",
            summary = "Read a journey, its steps and outcome",
            description = OperationText.GET,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.PRODUCT, Roles.SUPPORT}))
    @Tag(name = "Journeys")
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The journey",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResource.class)))
    @UnknownJourney
    JourneyResource get(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId) {
        return view(journeyId, Caller.of(authentication));
    }

    /** New photos while the journey waits for a retake; body: the same document object as at the start. */
    @Post("/{journeyId}/documents")
    @Secured(Roles.PRODUCT)
    @Operation(
            operationId = "retakeDocument",
            summary = "Send new photos to a journey waiting for a retake",
            description = OperationText.RETAKE,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.PRODUCT}))
    @Tag(name = "Journeys")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RequestSchemas.Document.class)),
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA,
                        schema = @Schema(implementation = RequestSchemas.RetakeMultipart.class),
                        encoding = {
                            @Encoding(name = "document", contentType = MediaType.APPLICATION_JSON),
                            @Encoding(name = "front", contentType = ApiText.IMAGE_TYPES),
                            @Encoding(name = "back", contentType = ApiText.IMAGE_TYPES)
                        })
            })
    @BodyRefusals
    @KeyedRefusals
    @ApiResponse(
            responseCode = "202",
            description = ApiText.ACCEPTED,
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = HttpHeaders.LOCATION,
                        description = ApiText.JOURNEY_LOCATION,
                        schema = @Schema(type = "string"))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResource.class)))
    @UnknownJourney
    @ApiResponse(
            responseCode = "409",
            description = ApiText.NOT_WAITING,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    HttpResponse<JourneyResource> retake(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId,
            @Body DocumentPayload document) {
        Caller caller = Caller.of(authentication);
        commands.retake(journeyId, caller, validator.validateDocument(document));
        return accepted(journeyId, caller);
    }

    /** The same retake as {@code multipart/form-data}: a {@code document} part (JSON) and the file parts. */
    @Post(value = "/{journeyId}/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.PRODUCT)
    @Hidden // documented with retake: one operation, two request content types
    HttpResponse<JourneyResource> retakeWithFiles(
            Authentication authentication, @PathVariable String journeyId, @Body MultipartBody body) {
        Caller caller = Caller.of(authentication);
        MultipartForm.Parts parts = MultipartForm.read(body, DOCUMENT_PART);
        DocumentFields document = json.read(parts.json(), Argument.of(DocumentFields.class), "The document part");
        commands.retake(journeyId, caller, validator.validateDocument(document, parts.front(), parts.back()));
        return accepted(journeyId, caller);
    }

    /** A support reviewer's decision; the reviewer is the API key's name. */
    @Post("/{journeyId}/review")
    @Secured(Roles.SUPPORT)
    @Operation(
            operationId = "reviewJourney",
            summary = "A support reviewer approves or rejects a journey waiting for review",
            description = OperationText.REVIEW,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.SUPPORT}))
    @Tag(name = "Journeys")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RequestSchemas.Review.class))
            })
    @BodyRefusals
    @KeyedRefusals
    @ApiResponse(
            responseCode = "202",
            description = ApiText.ACCEPTED,
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = HttpHeaders.LOCATION,
                        description = ApiText.JOURNEY_LOCATION,
                        schema = @Schema(type = "string"))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResource.class)))
    @UnknownJourney
    @ApiResponse(
            responseCode = "409",
            description = ApiText.NOT_WAITING,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    HttpResponse<JourneyResource> review(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId,
            @Body ReviewRequest request) {
        Caller caller = Caller.of(authentication);
        commands.review(journeyId, caller, request);
        return accepted(journeyId, caller);
    }

    @Post("/{journeyId}/cancel")
    @Secured(Roles.SUPPORT)
    @Operation(
            operationId = "cancelJourney",
            summary = "End a journey that is not finished as CANCELLED",
            description = OperationText.CANCEL,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.SUPPORT}))
    @Tag(name = "Journeys")
    @RequestBody(
            required = false,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RequestSchemas.Cancel.class))
            })
    @BodyRefusals
    @KeyedRefusals
    @ApiResponse(
            responseCode = "202",
            description = ApiText.ACCEPTED,
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = HttpHeaders.LOCATION,
                        description = ApiText.JOURNEY_LOCATION,
                        schema = @Schema(type = "string"))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResource.class)))
    @UnknownJourney
    @ApiResponse(
            responseCode = "409",
            description = ApiText.NOT_WAITING,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    HttpResponse<JourneyResource> cancel(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId,
            @Nullable @Body CancelRequest request) {
        Caller caller = Caller.of(authentication);
        commands.cancel(journeyId, caller, request);
        return accepted(journeyId, caller);
    }

    private HttpResponse<JourneyResource> accepted(String journeyId, Caller caller) {
        return HttpResponse.<JourneyResource>status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/v1/journeys/" + journeyId)
                .body(view(journeyId, caller));
    }

    private JourneyResource view(String journeyId, Caller caller) {
        Journey journey = commands.visible(journeyId, caller);
        return JourneyResources.of(
                journey,
                journeys.waiting(journeyId).orElse(null),
                journeys.timeline(journeyId),
                identities.of(journeyId, caller));
    }
}
