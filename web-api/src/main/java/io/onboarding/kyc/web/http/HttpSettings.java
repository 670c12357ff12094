package io.onboarding.kyc.web.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long the API waits for a client ({@code kyc.http.*}); the size limits are Micronaut's own keys.
 *
 * @param readTimeout how long a request (its line, headers and body) may take to arrive, counted from its
 *                    first byte; a connection whose request is not in by then is closed (see {@link ReadDeadline})
 */
@ConfigurationProperties("kyc.http")
public record HttpSettings(@Bindable(defaultValue = "60s") Duration readTimeout) {}
