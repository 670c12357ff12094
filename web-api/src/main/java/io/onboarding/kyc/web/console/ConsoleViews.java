package io.onboarding.kyc.web.console;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The support console at {@code /console}: one HTML page with its stylesheet and JavaScript modules, read from
 * {@code console/} on the classpath. The files hold no data; every call the page makes to the API carries the key
 * the reviewer signed in with. Anonymous, like any static file, and under a Content-Security-Policy that lets the
 * page load and fetch from this origin only (images also from the blob URLs it makes of documents it fetched).
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/console")
@Hidden
final class ConsoleViews {

    static final String DIRECTORY = "console/";

    /**
     * Scripts, styles and connections from this origin only; no inline script or style; images from this origin or
     * from the blob URLs the page makes of the documents it fetched with the key; never framed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** One file name: no directory, so nothing else on the classpath can be asked for. */
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]{0,60}\\.(?:js|css|svg)");

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml",
            "html", "text/html;charset=utf-8");

    @Get
    HttpResponse<byte[]> page() {
        return served(read("index.html")
                        .orElseThrow(() -> new IllegalStateException(
                                DIRECTORY + "index.html is missing from the classpath: was web-api built?")))
                .contentType(TYPES.get("html"));
    }

    @Get("/{file}")
    HttpResponse<byte[]> file(@PathVariable String file) {
        byte[] bytes = FILE.matcher(file).matches() ? read(file).orElse(null) : null;
        if (bytes == null) {
            throw new ProblemException(
                    Problem.of("not-found", "Not found", 404, "The console has no file named " + file));
        }
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return served(bytes).contentType(TYPES.get(extension));
    }

    /** Small files that change with each build: the browser asks again each time, and never guesses a type. */
    private static MutableHttpResponse<byte[]> served(byte[] bytes) {
        return HttpResponse.ok(bytes)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = ConsoleViews.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
