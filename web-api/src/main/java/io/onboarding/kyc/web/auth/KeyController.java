package io.onboarding.kyc.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.onboarding.kyc.store.apikey.ApiKey;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.BodyRefusals;
import io.onboarding.kyc.web.openapi.KeyedRefusals;
import io.onboarding.kyc.web.openapi.NoBodyRefusal;
import io.onboarding.kyc.web.openapi.OperationText;
import io.onboarding.kyc.web.openapi.RequestSchemas;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Administrators create, list and revoke API keys. {@code bin/kyc-keys} does the same from a shell. */
@Controller("/v1/api-keys")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class KeyController {

    private final ApiKeyStore keys;

    KeyController(ApiKeyStore keys) {
        this.keys = keys;
    }

    /** Answers 201 with the secret; it is shown this once. */
    @Post
    @Operation(
            operationId = "createApiKey",
            summary = "Issue an API key",
            description = OperationText.CREATE_KEY,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.ADMIN}))
    @Tag(name = "API keys")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RequestSchemas.Key.class))
            })
    @BodyRefusals
    @KeyedRefusals
    @ApiResponse(
            responseCode = "201",
            description = "Issued; the body is the key with its secret, the `Location` header its address.",
            headers = {
                @Header(
                        name = HttpHeaders.LOCATION,
                        description = "/v1/api-keys/{keyId}",
                        schema = @Schema(type = "string")),
                @Header(
                        name = HttpHeaders.CACHE_CONTROL,
                        description = "`no-store`: the body holds a secret.",
                        schema = @Schema(type = "string"))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KeyResource.class)))
    HttpResponse<KeyResource> create(@Body KeyRequest request) {
        Set<ApiRole> roles = validRoles(request.roles());
        try {
            KeyResource created = KeyResource.issued(keys.create(request.name(), roles));
            return HttpResponse.<KeyResource>status(HttpStatus.CREATED)
                    .header(HttpHeaders.LOCATION, "/v1/api-keys/" + created.id())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(created);
        } catch (IllegalArgumentException refused) {
            throw new InvalidRequestException(List.of(new FieldViolation(
                    "name", refused.getMessage().contains("exists") ? "unique" : "format", refused.getMessage())));
        }
    }

    @Get
    @Operation(
            operationId = "listApiKeys",
            summary = "List every API key, revoked ones included, oldest first",
            description = OperationText.LIST_KEYS,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.ADMIN}))
    @Tag(name = "API keys")
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The keys",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            array = @ArraySchema(schema = @Schema(implementation = KeyResource.class))))
    List<KeyResource> list() {
        return keys.list().stream().map(KeyResource::of).toList();
    }

    @Get("/{keyId}")
    @Operation(
            operationId = "getApiKey",
            summary = "Read one API key",
            description = OperationText.GET_KEY,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.ADMIN}))
    @Tag(name = "API keys")
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The key",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KeyResource.class)))
    @ApiResponse(
            responseCode = "404",
            description = ApiText.KEY_NOT_FOUND,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    KeyResource get(@Parameter(description = ApiText.KEY_ID) @PathVariable String keyId) {
        return keys.find(keyId).map(KeyResource::of).orElseThrow(() -> notFound(keyId));
    }

    /** Revoking is final and idempotent: a revoked key answers 401 from then on. */
    @Post("/{keyId}/revoke")
    @Operation(
            operationId = "revokeApiKey",
            summary = "Revoke an API key",
            description = OperationText.REVOKE_KEY,
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.ADMIN}))
    @Tag(name = "API keys")
    @NoBodyRefusal
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The key as it is now, with `revokedAt`",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KeyResource.class)))
    @ApiResponse(
            responseCode = "404",
            description = ApiText.KEY_NOT_FOUND,
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    KeyResource revoke(@Parameter(description = ApiText.KEY_ID) @PathVariable String keyId) {
        ApiKey key = keys.find(keyId).orElseThrow(() -> notFound(keyId));
        keys.revoke(key.id());
        return get(key.id());
    }

    private static Set<ApiRole> validRoles(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidRequestException(
                    List.of(new FieldViolation("roles", "required", "a key needs at least one role")));
        }
        Set<ApiRole> valid = EnumSet.noneOf(ApiRole.class);
        List<FieldViolation> wrong = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            try {
                valid.add(ApiRole.valueOf(role));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                wrong.add(new FieldViolation(
                        "roles[" + i + "]", "one-of", "a role is one of " + EnumSet.allOf(ApiRole.class)));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidRequestException(wrong);
        }
        return valid;
    }

    private static ProblemException notFound(String keyId) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, "There is no API key " + keyId));
    }
}
