package io.onboarding.kyc.web.openapi;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Swagger UI at {@code /swagger-ui} and Redoc at {@code /redoc}, both reading {@code /openapi.yml}. micronaut-openapi
 * wrote their pages, scripts and stylesheets into the jar ({@code META-INF/swagger/views}, openapi.properties), and
 * they are served from there: a browser with no way out to the internet still shows them. A controller rather than
 * Micronaut's static resources, so that devstack, which builds its own context, serves them too.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
@Hidden
final class OpenApiViews {

    private static final String VIEWS = "META-INF/swagger/views/";
    /** One file name of the copied resources: no path, so nothing else on the classpath can be asked for. */
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /**
     * Redoc's bundle shows its maker's logo in the side menu from their CDN, whatever its options say: a browser with
     * no way out would ask for it (and hide the broken image). An empty image in its place keeps every request here.
     */
    private static final String REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";

    private static final String NO_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E";

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "png", "image/png",
            "html", "text/html;charset=utf-8");

    private final byte[] redocScript =
            withoutRemoteLogo(ClasspathResource.read(VIEWS + "redoc/res/redoc.standalone.js"));

    @Get("/swagger-ui")
    HttpResponse<byte[]> swaggerUi() {
        return page("swagger-ui");
    }

    @Get("/swagger-ui/res/{file}")
    HttpResponse<byte[]> swaggerUiResource(@PathVariable String file) {
        return resource("swagger-ui", file);
    }

    @Get("/redoc")
    HttpResponse<byte[]> redoc() {
        return page("redoc");
    }

    @Get("/redoc/res/{file}")
    HttpResponse<byte[]> redocResource(@PathVariable String file) {
        return file.equals("redoc.standalone.js") ? cached(redocScript, TYPES.get("js")) : resource("redoc", file);
    }

    private static byte[] withoutRemoteLogo(byte[] script) {
        String text = new String(script, StandardCharsets.UTF_8);
        // a Redoc that moved its logo is served as it is: the views test finds out whether it still reaches out
        return text.contains(REDOC_LOGO) ? text.replace(REDOC_LOGO, NO_IMAGE).getBytes(StandardCharsets.UTF_8) : script;
    }

    private static HttpResponse<byte[]> cached(byte[] bytes, String type) {
        return HttpResponse.ok(bytes).contentType(type).header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
    }

    private static HttpResponse<byte[]> page(String view) {
        return HttpResponse.ok(ClasspathResource.read(VIEWS + view + "/index.html"))
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                // the page changes with each build; the scripts it loads are as heavy as they are stable
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    private static HttpResponse<byte[]> resource(String view, String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        byte[] bytes = FILE.matcher(file).matches() && type != null
                ? ClasspathResource.find(VIEWS + view + "/res/" + file).orElse(null)
                : null;
        if (bytes == null) {
            throw new ProblemException(
                    Problem.of("not-found", "Not found", 404, "There is nothing at /" + view + "/res/" + file));
        }
        return cached(bytes, type);
    }
}
