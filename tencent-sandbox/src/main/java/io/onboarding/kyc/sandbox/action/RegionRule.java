package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.protocol.ApiError;
import java.util.Set;

/**
 * Whether an action needs {@code X-TC-Region} and which regions serve it.
 *
 * @param supported empty when the action takes no region, in which case any region sent is ignored
 */
public record RegionRule(Set<String> supported) {

    public RegionRule {
        supported = Set.copyOf(supported);
    }

    /** The action is regionless ("This parameter is not required for this API"). */
    public static RegionRule none() {
        return new RegionRule(Set.of());
    }

    /** The action requires a region and is served only in these. */
    public static RegionRule oneOf(String... regions) {
        return new RegionRule(Set.of(regions));
    }

    void check(String action, String region) {
        if (supported.isEmpty()) {
            return;
        }
        if (region == null || region.isBlank()) {
            throw ApiError.missingParameter("Region");
        }
        if (!supported.contains(region)) {
            throw ApiError.unsupportedRegion(action, region);
        }
    }
}
