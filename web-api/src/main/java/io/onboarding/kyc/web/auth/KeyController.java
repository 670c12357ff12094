package io.onboarding.kyc.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
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
    List<KeyResource> list() {
        return keys.list().stream().map(KeyResource::of).toList();
    }

    @Get("/{keyId}")
    KeyResource get(@PathVariable String keyId) {
        return keys.find(keyId).map(KeyResource::of).orElseThrow(() -> notFound(keyId));
    }

    /** Revoking is final and idempotent: a revoked key answers 401 from then on. */
    @Post("/{keyId}/revoke")
    KeyResource revoke(@PathVariable String keyId) {
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
