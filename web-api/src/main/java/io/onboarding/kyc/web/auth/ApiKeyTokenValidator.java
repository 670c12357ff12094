package io.onboarding.kyc.web.auth;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * An API key is valid while it is in the store and not revoked; its roles become the request's roles.
 * An unknown or revoked key validates to nothing, which Micronaut Security answers 401.
 */
@Singleton
public class ApiKeyTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final ApiKeyStore keys;
    private final ExecutorService blocking;

    ApiKeyTokenValidator(ApiKeyStore keys, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.keys = keys;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        // the security filter runs on the event loop; the key store is JDBC
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
                () -> keys.authenticate(token).map(Caller::authentication).orElse(null), blocking));
    }
}
