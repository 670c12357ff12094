package io.onboarding.kyc.web.openapi;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the API's hand-written OpenAPI document, {@code openapi.yml} on the classpath. */
// the contract is public: a client reads it before it has a key
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
final class OpenApiController {

    static final String MEDIA_TYPE = "application/yaml";

    private final String document = read();

    @Get(uri = "/openapi.yml", produces = MEDIA_TYPE)
    String document() {
        return document;
    }

    private static String read() {
        try (InputStream in = OpenApiController.class.getResourceAsStream("/openapi.yml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yml is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
