package io.onboarding.kyc.web.document;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.document.DocumentImage;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.review.NewestDocumentRepository;
import io.onboarding.kyc.web.auth.Caller;
import io.onboarding.kyc.web.auth.Roles;
import io.onboarding.kyc.web.journey.JourneyCommands;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.RequestSchemas;
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
import java.util.Map;

/**
 * The stored image of a journey's document, for support staff allowed to see personal data. Every image served is
 * a support action on the record (DOCUMENT_READ), written before the bytes leave; a refused read writes nothing.
 */
@Controller("/v1/journeys/{journeyId}/documents/{side}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentController {

    private static final String PNG = "image/png";
    private static final String JPEG = "image/jpeg";
    /** The path's side, as the document table names it. */
    private static final Map<String, String> SIDES = Map.of("front", "FRONT", "back", "BACK");

    private final JourneyCommands journeys;
    private final NewestDocumentRepository newest;
    private final DocumentStore documents;
    private final SupportActions actions;

    DocumentController(
            JourneyCommands journeys,
            NewestDocumentRepository newest,
            DocumentStore documents,
            SupportActions actions) {
        this.journeys = journeys;
        this.newest = newest;
        this.documents = documents;
        this.actions = actions;
    }

    /**
     * Secured for either role so that Micronaut lets both in; the route itself needs both (a key with only one is
     * answered 403 like any key without its role), which @Secured cannot say.
     */
    @Get(produces = {PNG, JPEG})
    @Secured({Roles.SUPPORT, Roles.PII_READ})
    @Operation(
            operationId = "getDocumentImage",
            summary = "Read a journey's stored document image",
            description = """
                    Roles: SUPPORT and PII_READ, both on the one key: a key holding only one of them is answered 403 \
                    `forbidden`. The image of the side (`front` or `back`) as it was stored, in its own media type; \
                    after a retake, the newest image of that side. Every read is recorded as a support action \
                    (`DOCUMENT_READ`: the key's name, the time, the side and the document's id). The answer is never \
                    to be cached (`Cache-Control: no-store`).""",
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.SUPPORT, Roles.PII_READ}))
    @Tag(name = "Journeys")
    @ApiResponse(
            responseCode = "200",
            description = "The image, byte for byte as it was stored",
            headers =
                    @Header(
                            name = HttpHeaders.CACHE_CONTROL,
                            description = "`no-store`: personal data, never kept by a cache or browser.",
                            schema = @Schema(type = "string")),
            content = {
                @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "401",
            description = ApiText.UNAUTHENTICATED,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    @ApiResponse(
            responseCode = "403",
            description = "`forbidden`: the API key does not hold both SUPPORT and PII_READ.",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    @ApiResponse(
            responseCode = "404",
            description = """
                    `journey-not-found`: there is no journey with this id; or `document-not-found`: the side is \
                    neither `front` nor `back`, or the journey has no image of that side.""",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    @ApiResponse(
            responseCode = "406",
            description = "`http-406`: the `Accept` header takes neither `image/png` nor `image/jpeg`.",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    @ApiResponse(
            responseCode = "500",
            description = ApiText.INTERNAL_ERROR,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    HttpResponse<byte[]> image(
            Authentication authentication,
            @Parameter(
                            description = ApiText.JOURNEY_ID,
                            schema = @Schema(type = "string", pattern = ApiText.JOURNEY_ID_PATTERN))
                    @PathVariable
                    String journeyId,
            @Parameter(
                            description = "Which side of the document.",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"front", "back"}))
                    @PathVariable
                    String side) {
        Caller caller = Caller.of(authentication);
        if (!caller.holds(ApiRole.SUPPORT) || !caller.holds(ApiRole.PII_READ)) {
            throw new ProblemException(Problem.of(
                    "forbidden",
                    "Not allowed for this key",
                    403,
                    "This API key's roles do not allow GET on this route: it needs both SUPPORT and PII_READ"));
        }
        Journey journey = journeys.visible(journeyId, caller);
        String stored = SIDES.get(side);
        String documentId =
                stored == null ? null : newest.newestId(journey.id(), stored).orElse(null);
        if (documentId == null) {
            throw new ProblemException(Problem.of(
                    "document-not-found",
                    "No such document",
                    404,
                    stored == null
                            ? "A document's side is front or back"
                            : "Journey " + journey.id() + " has no " + side + " image"));
        }
        DocumentImage image = documents.load(documentId);
        // On the record before a byte leaves: a read that cannot be recorded is not served.
        actions.record(journey.id(), caller.name(), SupportAction.Kind.DOCUMENT_READ, stored + " " + documentId);
        return HttpResponse.ok(image.content())
                .contentType(image.mediaType())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
