package io.onboarding.kyc.web.codec;

import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.RequestSchemas;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals both codec routes document: the codec has credentials and limits of its own (engineer tokens,
 * loopback trust, browser origins, its own body limit), so it does not share the API's wording. A stereotype, like
 * {@code KeyedRefusals}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
        responseCode = "401",
        description =
                "`unauthenticated`: neither `X-API-Key` nor `Authorization: Bearer`, from a caller that is not trusted on loopback.",
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "403",
        description =
                "`forbidden`: the credential is not an active API key holding ENGINEER, nor an engineer token; `origin-not-allowed`: a browser origin not in `kyc.codec.ui-origins`.",
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "404",
        description = "`namespace-not-served`: `X-Namespace` names a namespace other than the one this API serves.",
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "406",
        description = ApiText.NOT_ACCEPTABLE,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "413",
        description = "`too-large`: the body is larger than `kyc.codec.max-body-size`.",
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "415",
        description = "`unsupported-media-type`: send `application/json`.",
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@ApiResponse(
        responseCode = "500",
        description = ApiText.INTERNAL_ERROR,
        content =
                @Content(mediaType = ApiText.PROBLEM, schema = @Schema(implementation = RequestSchemas.Problem.class)))
@interface CodecRefusals {}
