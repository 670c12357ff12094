package io.onboarding.kyc.web.openapi;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI document micronaut-openapi generated from the controllers at compile time. It is read from
 * the classpath (the web-api jar), so it is the same wherever this controller runs, devstack included.
 */
// the contract is public: a client reads it before it has a key
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
@Hidden // the document does not describe itself
final class OpenApiController {

    /** Where micronaut-openapi writes the document; its name is {@code micronaut.openapi.filename} in openapi.properties. */
    static final String DOCUMENT = "META-INF/swagger/kyc-web-api.yml";

    private final String document = new String(ClasspathResource.read(DOCUMENT), StandardCharsets.UTF_8);

    @Get(uri = "/openapi.yml", produces = ApiText.YAML)
    String document() {
        return document;
    }
}
