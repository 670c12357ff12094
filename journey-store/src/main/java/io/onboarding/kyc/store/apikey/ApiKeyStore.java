package io.onboarding.kyc.store.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.onboarding.kyc.store.callback.CallbackSecrets;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Creates, finds and revokes API keys; knows secrets only long enough to hash them. */
@Singleton
public class ApiKeyStore {

    /** A key's secret: a recognisable prefix, then 32 random bytes in URL-safe base64 (43 characters). */
    private static final String SECRET_PREFIX = "kyc_";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int SHOWN_PREFIX = 12;

    private final ApiKeyRepository keys;
    private final CallbackSecrets callbackSecrets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param callbackSecrets {@code null} where no sealing key is at hand (the {@code kyc-keys} command run
     *     without one): a product key is then made without a callback secret, to be issued one later
     */
    @Inject
    public ApiKeyStore(ApiKeyRepository keys, @Nullable CallbackSecrets callbackSecrets) {
        this(keys, callbackSecrets, Clock.systemUTC());
    }

    ApiKeyStore(ApiKeyRepository keys, @Nullable CallbackSecrets callbackSecrets, Clock clock) {
        this.keys = keys;
        this.callbackSecrets = callbackSecrets;
        this.clock = clock;
    }

    /**
     * A new key with these roles.
     *
     * @throws IllegalArgumentException when the name is not 1–64 letters, digits, dots, dashes or
     *     underscores, or an active key has it, or no role is given
     */
    @Transactional
    public IssuedKey create(String name, Set<ApiRole> roles) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a key name is 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one role");
        }
        if (keys.findByNameAndRevokedAtIsNull(name).isPresent()) {
            throw new IllegalArgumentException("an active key named " + name + " exists already");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey(
                "key_" + UUID.randomUUID().toString().replace("-", ""),
                name,
                secret.substring(0, SHOWN_PREFIX),
                hash(secret),
                ApiKey.join(roles),
                clock.instant(),
                null,
                null);
        ApiKey saved = keys.save(key);
        String callbackSecret =
                roles.contains(ApiRole.PRODUCT) && callbackSecrets != null ? callbackSecrets.issue(saved.id()) : null;
        return new IssuedKey(saved, secret, callbackSecret);
    }

    /** The active key with this secret, its last use noted; empty for an unknown or revoked secret. */
    @Transactional
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 128) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.findBySecretHash(hash(secret)).filter(ApiKey::active);
        key.ifPresent(found -> {
            Instant now = clock.instant();
            keys.touch(found.id(), now, now.minus(TOUCH_EVERY));
        });
        return key;
    }

    public List<ApiKey> list() {
        return keys.listOrderByCreatedAt();
    }

    /** The key with this id, or the active key with this name. */
    public Optional<ApiKey> find(String idOrName) {
        return keys.findById(idOrName).or(() -> keys.findByNameAndRevokedAtIsNull(idOrName));
    }

    /** Revokes the key with this id or name; true when it was active until now. */
    @Transactional
    public boolean revoke(String idOrName) {
        return find(idOrName)
                .map(key -> keys.revoke(key.id(), clock.instant()) == 1)
                .orElse(false);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
