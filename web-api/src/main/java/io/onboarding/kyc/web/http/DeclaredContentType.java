package io.onboarding.kyc.web.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.web.router.RouteAttributes;

/**
 * A body must say what it is. Micronaut reads a body without a Content-Type as the route's JSON, so a
 * client that left the header out (or sent a file by mistake) would be told which JSON rules it broke
 * rather than that it sent the wrong kind of body. Unknown paths and wrong methods keep their 404 and 405.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class DeclaredContentType {

    @RequestFilter
    void require(HttpRequest<?> request) {
        boolean hasBody = request.getContentLength() > 0
                || "chunked".equalsIgnoreCase(request.getHeaders().get(HttpHeaders.TRANSFER_ENCODING));
        if (hasBody
                && request.getContentType().isEmpty()
                && RouteAttributes.getRouteMatch(request).isPresent()) {
            // thrown rather than returned, so it is rendered as problem details like Micronaut's own 415
            throw new HttpStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "a body without a Content-Type");
        }
    }
}
