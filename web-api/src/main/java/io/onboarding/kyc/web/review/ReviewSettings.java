package io.onboarding.kyc.web.review;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The review queue's settings ({@code kyc.reviews.*}).
 *
 * @param claimFor how long a reviewer's claim holds before another may take the case; claiming again extends it
 */
@ConfigurationProperties("kyc.reviews")
public record ReviewSettings(@Bindable(defaultValue = "15m") Duration claimFor) {}
