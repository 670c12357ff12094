package io.onboarding.kyc.web;

import io.micronaut.context.ApplicationContext;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * API keys for tests: real keys in this run's database, named so that test classes never collide. Issue
 * them in {@code @BeforeAll}, or in a {@code @MicronautTest(transactional = false)} class: a key made inside
 * a test's rolled-back transaction is invisible to the server, which then answers 401.
 */
public final class TestKeys {

    public static final String HEADER = "X-API-Key";

    private TestKeys() {}

    /** A new key with these roles; its secret is what a test sends as {@code X-API-Key}. */
    public static IssuedKey issue(ApplicationContext context, String purpose, ApiRole... roles) {
        return context.getBean(ApiKeyStore.class)
                .create(purpose + "-" + UUID.randomUUID().toString().substring(0, 8), EnumSet.copyOf(List.of(roles)));
    }

    /** The secret of a new key with these roles. */
    public static String secret(ApplicationContext context, String purpose, ApiRole... roles) {
        return issue(context, purpose, roles).secret();
    }

    /** A key that may do everything the journey routes allow: start and read as a product, review and cancel. */
    public static String productAndSupport(ApplicationContext context, String purpose) {
        return secret(context, purpose, ApiRole.PRODUCT, ApiRole.SUPPORT);
    }
}
