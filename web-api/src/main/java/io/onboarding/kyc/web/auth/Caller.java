package io.onboarding.kyc.web.auth;

import io.micronaut.security.authentication.Authentication;
import io.onboarding.kyc.store.apikey.ApiKey;
import io.onboarding.kyc.store.apikey.ApiRole;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is calling: the API key's id and name, and its roles.
 *
 * @param name the key's name; it is the reviewer of a decision taken with the key
 */
public record Caller(String keyId, String name, Set<ApiRole> roles) {

    static final String KEY_ID = "keyId";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(Authentication authentication) {
        Set<ApiRole> roles = EnumSet.noneOf(ApiRole.class);
        for (String role : authentication.getRoles()) {
            roles.add(ApiRole.valueOf(role));
        }
        return new Caller(String.valueOf(authentication.getAttributes().get(KEY_ID)), authentication.getName(), roles);
    }

    static Authentication authentication(ApiKey key) {
        Collection<String> roles = key.roleSet().stream().map(Enum::name).toList();
        return Authentication.build(key.name(), roles, Map.of(KEY_ID, key.id()));
    }

    public boolean holds(ApiRole role) {
        return roles.contains(role);
    }

    /** Whether this caller may read a journey started by {@code ownerKeyId} (null: before keys existed). */
    public boolean mayRead(String ownerKeyId) {
        return holds(ApiRole.SUPPORT) || (holds(ApiRole.PRODUCT) && keyId.equals(ownerKeyId));
    }
}
