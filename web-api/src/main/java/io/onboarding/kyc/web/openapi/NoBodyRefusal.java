package io.onboarding.kyc.web.openapi;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusal of a POST that reads no body: one sent as anything but JSON is 415 (Micronaut checks the declared
 * type before the route runs). A stereotype, like {@link KeyedRefusals}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
        responseCode = "415",
        description = ApiText.BODY_NOT_TAKEN,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
public @interface NoBodyRefusal {}
