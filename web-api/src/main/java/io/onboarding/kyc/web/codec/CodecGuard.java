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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.onboarding.kyc.store.apikey.ApiKey;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.web.auth.ApiKeyTokenReader;
import io.onboarding.kyc.web.problem.Problem;
import java.net.InetAddress;
import java.util.Optional;
import java.util.stream.Stream;
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
    private final ApiKeyStore keys;

    CodecGuard(UiOrigins origins, EngineerTokens engineers, LoopbackTrust loopback, ApiKeyStore keys) {
        this.origins = origins;
        this.engineers = engineers;
        this.loopback = loopback;
        this.keys = keys;
    }

    @Override
    public int getOrder() {
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING) // an API key is looked up in PostgreSQL
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
        Optional<String> apiKey = request.getHeaders().findFirst(ApiKeyTokenReader.HEADER);
        if (authorization.isEmpty() && apiKey.isEmpty() && loopback.trusts(request)) {
            return admit(request, CodecCaller.LOOPBACK);
        }
        // An engineer's API key, in X-API-Key or as the bearer token (what Temporal's CLI sends with --codec-auth)
        Optional<String> bearer = authorization.flatMap(CodecGuard::bearerToken);
        if (apiKey.isEmpty() && bearer.isEmpty()) {
            return refuse(
                            request,
                            Problem.of(
                                    "unauthenticated",
                                    "Engineer credential required",
                                    401,
                                    "Send an API key holding ENGINEER, as X-API-Key or Authorization: Bearer <key>"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        // either credential may be the engineer's: a gateway's bearer token beside a client's own key, say
        Optional<String> engineer = Stream.concat(apiKey.stream(), bearer.stream())
                .map(token -> engineerKey(token).or(() -> engineers.engineerFor(token)))
                .flatMap(Optional::stream)
                .findFirst();
        if (engineer.isEmpty()) {
            return refuse(
                    request,
                    Problem.of(
                            "forbidden",
                            "Not an engineer",
                            403,
                            "The credential is not an active API key holding ENGINEER, nor an engineer token"));
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

    private Optional<String> engineerKey(String token) {
        return keys.authenticate(token)
                .filter(key -> key.roleSet().contains(ApiRole.ENGINEER))
                .map(ApiKey::name);
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
