package io.onboarding.kyc.web.codec;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Temporal Web UI origins ({@code kyc.codec.ui-origins}) whose pages may call the codec endpoint, and the
 * CORS headers they get. Configured origins are normalised the way browsers serialise the {@code Origin}
 * header (lower case, no default port, no path or trailing slash), so a request's origin is compared as sent.
 */
@Singleton
final class UiOrigins {

    static final String ALLOWED_METHODS = "POST, OPTIONS";
    static final String ALLOWED_HEADERS = "content-type, x-namespace, authorization";
    /** Long enough to spare the UI a preflight per history page, short enough for a config change to land. */
    static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    @Inject
    UiOrigins(CodecSettings settings) {
        this(settings.uiOrigins());
    }

    UiOrigins(List<String> configured) {
        Set<String> normalised = new HashSet<>();
        for (String origin : configured) {
            if (!origin.isBlank()) {
                normalised.add(normalise(origin.trim()));
            }
        }
        this.origins = Set.copyOf(normalised);
    }

    boolean allows(String origin) {
        return origins.contains(origin);
    }

    /** The answer to an allowed origin's preflight: POST with the UI's headers, cookies included. */
    void allowPreflight(String origin, MutableHttpResponse<?> response) {
        allow(origin, response);
        response.getHeaders()
                .set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                .set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                .set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE_SECONDS);
    }

    /** Lets the page read the answer, errors included, so the UI can show why it was refused. */
    void allow(String origin, MutableHttpResponse<?> response) {
        response.getHeaders()
                .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .set(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
    }

    private static String normalise(String origin) {
        String problem = "kyc.codec.ui-origins: '" + origin + "' is not an origin like https://temporal.example.com";
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            throw new ConfigurationException(problem);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean bare = (path.isEmpty() || path.equals("/"))
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getRawUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
            throw new ConfigurationException(problem);
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
    }
}
