package io.onboarding.kyc.web.auth;

import io.onboarding.kyc.store.apikey.ApiRole;

/**
 * The {@link ApiRole} names as constants, for {@code @Secured}. {@code RolesTest} keeps them equal to
 * the enum's names.
 */
public final class Roles {

    public static final String PRODUCT = "PRODUCT";
    public static final String SUPPORT = "SUPPORT";
    public static final String ENGINEER = "ENGINEER";
    public static final String ADMIN = "ADMIN";
    public static final String PII_READ = "PII_READ";

    private Roles() {}
}
