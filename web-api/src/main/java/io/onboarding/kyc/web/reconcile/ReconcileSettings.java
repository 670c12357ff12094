package io.onboarding.kyc.web.reconcile;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How the read model is reconciled with Temporal ({@code kyc.reconcile.*}).
 *
 * @param enabled  off only where something else owns the journeys table
 * @param grace    how long a journey must have stood still before it is looked at: a journey whose row is
 *                 written but whose workflow is still being started must not be taken for an orphan
 * @param batch    how many journeys one pass looks at; the oldest first
 */
@ConfigurationProperties("kyc.reconcile")
public record ReconcileSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "2m") Duration grace,
        @Bindable(defaultValue = "500") int batch) {}
