package io.onboarding.kyc.web.codec;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.cors.CorsFilter;
import io.onboarding.kyc.web.problem.Problem;
import java.net.InetAddress;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door to {@code /codec/**}: answers the Temporal UI's CORS preflight, refuses other origins, and lets in
 * only engineers (or, in devstack, a trusted loopback caller), before the body is read or the route chosen.
 *
 * <p>A filter of our own rather than Micronaut's CORS support: that filter matches configurations by origin
 * on every path, lets a request from an unknown origin through (the browser alone refuses to show it) and
 * refuses it only on loopback hosts; the codec needs an allowance on this path alone, a 403 for any other
 * origin wherever the API runs, and {@code /v1/**} left as it is. It runs before that filter, so every
 * refusal on this path is a problem-details answer of ours.
 */
@ServerFilter("/codec/**")
final class CodecGuard implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(CodecGuard.class);
    /** The scheme is case-insensitive (RFC 9110); the token is everything after it. */
    private static final String BEARER = "Bearer ";

    private final UiOrigins origins;
    private final EngineerTokens engineers;
    private final LoopbackTrust loopback;

    CodecGuard(UiOrigins origins, EngineerTokens engineers, LoopbackTrust loopback) {
        this.origins = origins;
        this.engineers = engineers;
        this.loopback = loopback;
    }

    @Override
    public int getOrder() {
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> guard(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin != null && !origins.allows(origin)) {
            // no CORS headers: the browser refuses the page, and a request sent anyway is refused here
            return refuse(
                    request,
                    Problem.of(
                            "origin-not-allowed",
                            "Origin not allowed",
                            403,
                            "This origin may not call the codec endpoint; kyc.codec.ui-origins lists the Temporal UI's"));
        }
        if (origin != null
                && request.getMethod() == HttpMethod.OPTIONS
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)) {
            // browsers send no credentials with a preflight: it is answered before anyone is identified
            MutableHttpResponse<?> preflight = HttpResponse.ok();
            allowOrigin(request, preflight);
            return preflight;
        }
        Optional<String> authorization = request.getHeaders().getAuthorization();
        if (authorization.isEmpty() && loopback.trusts(request)) {
            return admit(request, CodecCaller.LOOPBACK);
        }
        Optional<String> token = authorization.flatMap(CodecGuard::bearerToken);
        if (token.isEmpty()) {
            return refuse(
                            request,
                            Problem.of(
                                    "unauthenticated",
                                    "Engineer credential required",
                                    401,
                                    "Send Authorization: Bearer <token> with an engineer token"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        Optional<String> engineer = engineers.engineerFor(token.get());
        if (engineer.isEmpty()) {
            return refuse(
                    request,
                    Problem.of("forbidden", "Not an engineer", 403, "The bearer token is not an engineer token"));
        }
        return admit(request, new CodecCaller(engineer.get()));
    }

    /**
     * Every answer to an allowed origin, refusals included, may be read by its page. Micronaut does not pass
     * the answers {@link #guard} returns itself through here, so it calls this for them.
     */
    @ResponseFilter
    void allowOrigin(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!response.getHeaders().getAll(HttpHeaders.VARY).contains(HttpHeaders.ORIGIN)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || !origins.allows(origin)) {
            return;
        }
        if (request.getMethod() == HttpMethod.OPTIONS) {
            origins.allowPreflight(origin, response);
        } else {
            origins.allow(origin, response);
        }
    }

    /** Lets the request on to the controller, which logs who it was. */
    @Nullable
    private static HttpResponse<?> admit(HttpRequest<?> request, CodecCaller caller) {
        request.setAttribute(CodecCaller.ATTRIBUTE, caller);
        return null;
    }

    private static Optional<String> bearerToken(String authorization) {
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private MutableHttpResponse<Problem> refuse(HttpRequest<?> request, Problem problem) {
        // says why and from where, never what was presented
        InetAddress from = request.getRemoteAddress().getAddress();
        LOG.warn(
                "codec request refused ({} {}) from {}",
                problem.status(),
                problem.title(),
                from == null ? "an unresolved address" : from.getHostAddress());
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
        allowOrigin(request, response);
        return response;
    }
}
