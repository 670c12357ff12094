package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.protocol.ApiError;
import java.util.Map;
import java.util.Objects;

/**
 * What the gateway knows about an action before running it: product, API version, regions and the
 * request parameters it declares.
 */
public record ActionSpec(
        String name, Product product, String version, RegionRule region, Map<String, ParameterType> parameters) {

    public ActionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(region, "region");
        parameters = Map.copyOf(parameters);
    }

    /**
     * Checks the common parameters {@code Version} and {@code Region} ({@code X-TC-*} headers, or v1 fields):
     * version first, then region, as Tencent does. The gateway's only check of them.
     *
     * @throws ApiError {@code MissingParameter}, {@code NoSuchVersion} or {@code UnsupportedRegion}
     */
    public void checkHeaders(String version, String region) {
        if (version == null || version.isBlank()) {
            throw ApiError.missingParameter("Version");
        }
        if (!this.version.equals(version)) {
            throw ApiError.noSuchVersion(version, product.service(), name);
        }
        this.region.check(name, region);
    }
}
