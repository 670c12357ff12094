package io.onboarding.kyc.web.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Reads the API key from {@code X-API-Key}; Micronaut Security hands it to {@link ApiKeyTokenValidator}. */
@Singleton
public class ApiKeyTokenReader implements TokenReader<HttpRequest<?>> {

    public static final String HEADER = "X-API-Key";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getHeaders().findFirst(HEADER).map(String::trim).filter(key -> !key.isEmpty());
    }
}
