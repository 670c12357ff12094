package io.onboarding.kyc.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Renders the errors Micronaut raises itself (unreadable JSON, unknown route, wrong method, body, line
 * or headers too large, unexpected failures) as problem details too, so clients parse one error shape.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    /** The routes that also take images as multipart file parts (JourneyController). */
    private static final Pattern TAKES_FILES = Pattern.compile("/v1/journeys(/[^/]+/documents)?/?");

    private final HttpRefusals refusals;

    ProblemErrorResponseProcessor(HttpRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        Problem problem = refusals.undecodable(context.getRequest()).orElseGet(() -> switch (status) {
            // The parser's message can quote the body, which may hold personal data: say what, not where. Micronaut's
            // errors name Java parameters ("/request"), which mean nothing to a client: the API's own bodies are read
            // strictly (web.json) and name JSON fields; what reaches this point names none.
            case 400 -> Problem.unreadable("The request could not be read as JSON of the expected shape");
            // Micronaut Security: no key, or one that is unknown or revoked (401); a key without the route's role (403)
            case 401 ->
                Problem.of(
                        "unauthenticated",
                        "API key required",
                        401,
                        "Send X-API-Key with an active API key; this request had none, or one that is unknown or revoked");
            case 403 ->
                Problem.of(
                        "forbidden",
                        "Not allowed for this key",
                        403,
                        "This API key's roles do not allow "
                                + context.getRequest().getMethodName() + " on this route");
            case 404 ->
                Problem.of(
                        "not-found",
                        "Not found",
                        404,
                        "There is nothing at " + context.getRequest().getPath());
            case 405 ->
                Problem.of(
                        "method-not-allowed",
                        "Method not allowed",
                        405,
                        context.getRequest().getMethodName() + " is not allowed on "
                                + context.getRequest().getPath());
            case 413 -> refusals.bodyTooLarge();
            case 415 ->
                Problem.of(
                        "unsupported-media-type",
                        "Unsupported media type",
                        415,
                        TAKES_FILES.matcher(context.getRequest().getPath()).matches()
                                ? "Send application/json or multipart/form-data"
                                : "Send application/json");
            default ->
                status >= 500
                        ? Problem.of(
                                "internal-error",
                                "Internal error",
                                status,
                                "The request failed on our side; it is safe to retry")
                        : Problem.of("http-" + status, response.reason(), status, response.reason());
        });
        // a head Netty refused comes as 400 or 413 whatever the part; the problem may say 414 or 431
        return response.status(problem.status()).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
