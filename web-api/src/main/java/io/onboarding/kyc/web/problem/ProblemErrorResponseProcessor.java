package io.onboarding.kyc.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Renders the errors Micronaut raises itself (unreadable JSON, unknown route, wrong method, body too
 * large, unexpected failures) as problem details too, so clients parse one error shape.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        Problem problem = switch (status) {
            // The parser's message can quote the body, which may hold personal data: say what, not where.
            case 400 -> Problem.of("unreadable-body", "The request could not be read", 400,
                            "The request body could not be read as JSON of the expected shape")
                    .withErrors(fieldErrors(context.getErrors()));
            case 404 -> Problem.of("not-found", "Not found", 404, "There is nothing at " + context.getRequest().getPath());
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405,
                    context.getRequest().getMethodName() + " is not allowed on " + context.getRequest().getPath());
            case 413 -> Problem.of("too-large", "Request too large", 413, "The request body is larger than the API accepts");
            case 415 -> Problem.of("unsupported-media-type", "Unsupported media type", 415, "Send application/json");
            default -> status >= 500
                    ? Problem.of("internal-error", "Internal error", status, "The request failed on our side; it is safe to retry")
                    : Problem.of("http-" + status, response.reason(), status, response.reason());
        };
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private static List<FieldViolation> fieldErrors(List<Error> errors) {
        return errors.stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldViolation(error.getPath().get(), "readable", "could not be read as the expected type"))
                .toList();
    }
}
