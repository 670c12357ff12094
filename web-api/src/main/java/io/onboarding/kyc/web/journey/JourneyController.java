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

    JourneyController(
            StartJourneyValidator validator,
            StrictJsonReader json,
            JourneyStarter starter,
            JourneyCommands commands,
            JourneyStore journeys,
            Sealer sealer) {
        this.validator = validator;
        this.json = json;
        this.starter = starter;
        this.commands = commands;
        this.journeys = journeys;
        this.sealer = sealer;
    }

    /**
     * Answers 202: the checks run on; poll the Location for the outcome. The journey belongs to the key. With
     * an {@code Idempotency-Key}, a retry of the same request answers 200 with the same journey and
     * {@code Idempotent-Replayed: true}; a different request under the same key answers 409.
     */
    @Post
    @Secured(Roles.PRODUCT)
    HttpResponse<JourneyResource> start(
            Authentication authentication,
            @Nullable @Header(IdempotentRequest.HEADER) String idempotencyKey,
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
    JourneyResource get(Authentication authentication, @PathVariable String journeyId) {
        return view(journeyId, Caller.of(authentication));
    }

    /** New photos while the journey waits for a retake; body: the same document object as at the start. */
    @Post("/{journeyId}/documents")
    @Secured(Roles.PRODUCT)
    HttpResponse<JourneyResource> retake(
            Authentication authentication, @PathVariable String journeyId, @Body DocumentPayload document) {
        Caller caller = Caller.of(authentication);
        commands.retake(journeyId, caller, validator.validateDocument(document));
        return accepted(journeyId, caller);
    }

    /** The same retake as {@code multipart/form-data}: a {@code document} part (JSON) and the file parts. */
    @Post(value = "/{journeyId}/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.PRODUCT)
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
    HttpResponse<JourneyResource> review(
            Authentication authentication, @PathVariable String journeyId, @Body ReviewRequest request) {
        Caller caller = Caller.of(authentication);
        commands.review(journeyId, caller, request);
        return accepted(journeyId, caller);
    }

    @Post("/{journeyId}/cancel")
    @Secured(Roles.SUPPORT)
    HttpResponse<JourneyResource> cancel(
            Authentication authentication, @PathVariable String journeyId, @Nullable @Body CancelRequest request) {
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
        return JourneyResources.of(journey, journeys.timeline(journeyId));
    }
}
