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
 * The refusals every operation behind an API key documents: 401 without a valid key, 403 without the role, 406 for
 * an Accept header that takes no JSON, 500 when the database or Temporal fails. One annotation instead of the same three on every route; the OpenAPI
 * processor reads them through it as Micronaut stereotypes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
        responseCode = "401",
        description = ApiText.UNAUTHENTICATED,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "403",
        description = ApiText.FORBIDDEN,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "406",
        description = ApiText.NOT_ACCEPTABLE,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "500",
        description = ApiText.INTERNAL_ERROR,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
public @interface KeyedRefusals {}
