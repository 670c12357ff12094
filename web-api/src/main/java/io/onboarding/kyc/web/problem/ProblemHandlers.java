package io.onboarding.kyc.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
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
}
