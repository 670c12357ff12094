package io.onboarding.kyc.activities.tencent;

/**
 * A typed Tencent action: its product, its name on the wire and the shape of its answer. Each action
 * is declared as {@code ACTION} in its own class, beside its request and response (so this package
 * knows no product).
 *
 * @param regional    whether the call carries {@code X-TC-Region}
 * @param onlyRegion  the one region the action serves, whatever the product's setting says; {@code null} when
 *                    it takes the product's region
 */
public record TencentAction<Q, R extends TencentAnswer>(
        TencentProduct product,
        String name,
        boolean regional,
        String onlyRegion,
        Class<Q> requestType,
        Class<R> responseType) {

    /** An action that takes the product's configured region when it is regional. */
    public TencentAction(
            TencentProduct product, String name, boolean regional, Class<Q> requestType, Class<R> responseType) {
        this(product, name, regional, null, requestType, responseType);
    }

    /** An action served in one region only (it carries {@code X-TC-Region}). */
    public static <Q, R extends TencentAnswer> TencentAction<Q, R> onlyIn(
            String region, TencentProduct product, String name, Class<Q> requestType, Class<R> responseType) {
        return new TencentAction<>(product, name, true, region, requestType, responseType);
    }

    /** The {@code X-TC-Region} this action's calls carry. */
    String region(TencentSettings settings) {
        return onlyRegion != null ? onlyRegion : settings.region(product);
    }
}
