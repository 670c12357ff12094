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
 * The refusals every operation that reads a body documents: 400 for a body that is not one JSON value (or multipart
 * without its boundary), 413 past the size limit, 415 for another content type, 422 for a broken rule. One
 * annotation instead of the same four on every such route, read through it as a stereotype (see
 * {@link KeyedRefusals}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
        responseCode = "400",
        description = ApiText.UNREADABLE_BODY,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "413",
        description = ApiText.TOO_LARGE,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "415",
        description = ApiText.UNSUPPORTED_MEDIA_TYPE,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "422",
        description = ApiText.INVALID_REQUEST,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
public @interface BodyRefusals {}
