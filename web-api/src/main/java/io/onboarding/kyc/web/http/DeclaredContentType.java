package io.onboarding.kyc.web.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.web.router.RouteAttributes;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;

/**
 * A body must say what it is. Micronaut reads a body without a Content-Type as the route's JSON, so a
 * client that left the header out (or sent a file by mistake) would be told which JSON rules it broke
 * rather than that it sent the wrong kind of body. Unknown paths and wrong methods keep their 404 and 405.
 *
 * <p>A multipart body must say where its parts end, too: Netty's multipart decoder throws on a
 * multipart/form-data type whose boundary parameter has no value ({@code boundary=}, {@code boundary="},
 * {@code boundary}), which Micronaut answers 500. On a route that takes files such a body cannot be delimited, so it
 * is unreadable (400), as a multipart body without its boundary is; the other routes refuse the type (415).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class DeclaredContentType {

    private static final String MULTIPART = "multipart/form-data";
    private static final String BOUNDARY = "boundary";

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
        String declared = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (declared != null && emptyBoundary(declared) && takesFiles(request)) {
            throw new ProblemException(
                    Problem.unreadable("The Content-Type's multipart boundary is empty: nothing delimits the parts"));
        }
    }

    /** Whether the route takes multipart/form-data (a start, a retake): the others refuse the type with 415. */
    private static boolean takesFiles(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .map(match -> match.getRouteInfo().getConsumes().stream()
                        .anyMatch(type -> MediaType.MULTIPART_FORM_DATA.equals(type.getName())))
                .orElse(false);
    }

    /**
     * Whether a multipart/form-data type has a boundary parameter without a value, read as Netty reads it: the
     * type and the parameter name by their prefix, case aside, and one pair of quotes taken off the value.
     */
    static boolean emptyBoundary(String contentType) {
        String[] parts = contentType.split(";", -1);
        if (!parts[0].trim().regionMatches(true, 0, MULTIPART, 0, MULTIPART.length())) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.regionMatches(true, 0, BOUNDARY, 0, BOUNDARY.length())) {
                int equals = parameter.indexOf('=');
                String value = equals < 0 ? "" : parameter.substring(equals + 1).trim();
                if (value.equals("\"")) {
                    value = "";
                } else if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (value.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
