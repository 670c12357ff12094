package io.onboarding.kyc.activities.tencent;

/**
 * A typed Tencent action: its product, its name on the wire and the shape of its answer. Each action
 * is declared as {@code ACTION} in its own class, beside its request and response (so this package
 * knows no product).
 *
 * @param regional whether the call carries {@code X-TC-Region}
 */
public record TencentAction<Q, R extends TencentAnswer>(
        TencentProduct product, String name, boolean regional, Class<Q> requestType, Class<R> responseType) {}
