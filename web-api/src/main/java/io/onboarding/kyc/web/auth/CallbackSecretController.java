package io.onboarding.kyc.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.onboarding.kyc.store.apikey.ApiKey;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.callback.CallbackSecrets;
import io.onboarding.kyc.web.openapi.ApiText;
import io.onboarding.kyc.web.openapi.KeyedRefusals;
import io.onboarding.kyc.web.openapi.NoBodyRefusal;
import io.onboarding.kyc.web.openapi.RequestSchemas;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Administrators issue a product key a new callback secret: for a key made before callbacks, or a leaked secret. */
@Controller("/v1/api-keys/{keyId}/callback-secret")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CallbackSecretController {

    private final ApiKeyStore keys;
    private final CallbackSecrets secrets;

    CallbackSecretController(ApiKeyStore keys, CallbackSecrets secrets) {
        this.keys = keys;
        this.secrets = secrets;
    }

    @Post
    @Operation(
            operationId = "issueCallbackSecret",
            summary = "Issue a product key a new callback secret",
            description = """
                    Role: ADMIN. Replaces the key's callback secret: callbacks signed from now on, retries of earlier events \
                    included, use the new one. The answer shows it this once.""",
            security =
                    @SecurityRequirement(
                            name = ApiText.API_KEY,
                            scopes = {Roles.ADMIN}))
    @Tag(name = "API keys")
    @NoBodyRefusal
    @KeyedRefusals
    @ApiResponse(
            responseCode = "200",
            description = "The key, with its new `callbackSecret`.",
            headers =
                    @Header(
                            name = HttpHeaders.CACHE_CONTROL,
                            description = "`no-store`: the body holds a secret.",
                            schema = @Schema(type = "string")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KeyResource.class)))
    @ApiResponse(
            responseCode = "404",
            description = "`not-found`: there is no active API key with this id or name.",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    @ApiResponse(
            responseCode = "422",
            description =
                    "`invalid-request`: the key does not hold `PRODUCT`, so it starts no journey to call back about"
                            + " (`errors[0]` names `keyId`, rule `product-role`).",
            content =
                    @Content(
                            mediaType = ApiText.PROBLEM,
                            schema = @Schema(implementation = RequestSchemas.Problem.class)))
    HttpResponse<KeyResource> issue(@Parameter(description = ApiText.KEY_ID) @PathVariable String keyId) {
        ApiKey key = keys.find(keyId)
                .filter(ApiKey::active)
                .orElseThrow(() -> new ProblemException(
                        Problem.of("not-found", "Not found", 404, "There is no active API key " + keyId)));
        if (!key.roleSet().contains(ApiRole.PRODUCT)) {
            throw new InvalidRequestException(List.of(new FieldViolation(
                    "keyId", "product-role", "only a PRODUCT key starts journeys, so only it has callbacks to sign")));
        }
        return HttpResponse.ok(KeyResource.withCallbackSecret(key, secrets.issue(key.id())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
