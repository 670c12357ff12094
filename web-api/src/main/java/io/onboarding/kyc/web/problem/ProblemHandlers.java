package io.onboarding.kyc.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.DuplicateRouteHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.web.router.exceptions.DuplicateRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import jakarta.inject.Singleton;

/** Turns the API's own exceptions into problem-details responses. */
final class ProblemHandlers {

    private ProblemHandlers() {}

    static MutableHttpResponse<Problem> respond(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }

    @Singleton
    static class InvalidRequest implements ExceptionHandler<InvalidRequestException, HttpResponse<Problem>> {
        // Micronaut's ExceptionHandler declares handle with a raw HttpRequest, and an override must match it.
        @SuppressWarnings("rawtypes")
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidRequestException exception) {
            return respond(Problem.invalid(exception.violations()));
        }
    }

    @Singleton
    static class Explicit implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {
        // Micronaut's ExceptionHandler declares handle with a raw HttpRequest, and an override must match it.
        @SuppressWarnings("rawtypes")
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
            return respond(exception.problem());
        }
    }

    /** No body where one is required: Micronaut would name the Java parameter, the client needs to hear what to send. */
    @Singleton
    static class MissingBody implements ExceptionHandler<UnsatisfiedBodyRouteException, HttpResponse<Problem>> {
        // Micronaut's ExceptionHandler declares handle with a raw HttpRequest, and an override must match it.
        @SuppressWarnings("rawtypes")
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedBodyRouteException exception) {
            return respond(Problem.unreadable("The body is empty: send a JSON object"));
        }
    }

    /**
     * A start or a retake without a Content-Type matches both its JSON and its multipart route (JourneyController),
     * which Micronaut answers with a bare 400. Said as the JSON-only routes say it (DeclaredContentType and
     * {@link MissingBody}): a body without a Content-Type is a 415, no body at all an empty body.
     */
    @Singleton
    @Replaces(DuplicateRouteHandler.class)
    static class UndeclaredContentType implements ExceptionHandler<DuplicateRouteException, HttpResponse<Problem>> {
        // Micronaut's ExceptionHandler declares handle with a raw HttpRequest, and an override must match it.
        @SuppressWarnings("rawtypes")
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DuplicateRouteException exception) {
            if (request.getContentType().isPresent()) {
                // two routes take the same declared type: a fault of ours, not the client's
                return respond(Problem.of(
                        "internal-error",
                        "Internal error",
                        500,
                        "The request failed on our side; it is safe to retry"));
            }
            boolean hasBody = request.getContentLength() > 0
                    || "chunked".equalsIgnoreCase(request.getHeaders().get(HttpHeaders.TRANSFER_ENCODING));
            return respond(
                    hasBody
                            ? Problem.of(
                                    "unsupported-media-type",
                                    "Unsupported media type",
                                    415,
                                    "Send application/json or multipart/form-data")
                            : Problem.unreadable(
                                    "The body is empty: send a JSON object, or multipart/form-data with its parts"));
        }
    }
}
