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
 * The 404 of every operation on one journey: no such journey, or another product key's (answered alike, so ids
 * cannot be probed). A stereotype, like {@link KeyedRefusals}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
        responseCode = "404",
        description = ApiText.JOURNEY_NOT_FOUND,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
public @interface UnknownJourney {}
