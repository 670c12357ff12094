package io.onboarding.kyc.store.callback;

import io.micronaut.transaction.annotation.Transactional;
import io.onboarding.kyc.store.sealing.Sealer;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * The secrets callbacks are signed with, one per API key. The engine must compute signatures, so it keeps the
 * secret itself, sealed at rest; it is shown to the key's holder once, when issued.
 */
@Singleton
public class CallbackSecrets {

    /** Recognisable in a config file or a leaked log, like Stripe's {@code whsec_}. */
    static final String PREFIX = "kcs_";

    private final CallbackSecretRepository secrets;
    private final Sealer sealer;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    public CallbackSecrets(CallbackSecretRepository secrets, Sealer sealer) {
        this.secrets = secrets;
        this.sealer = sealer;
    }

    /** A new secret for the key, replacing any it had: callbacks signed from now on use it. */
    @Transactional
    public String issue(String keyId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        secrets.upsert(
                keyId,
                sealer.keyId(),
                sealer.seal(context(keyId), secret.getBytes(StandardCharsets.UTF_8)),
                clock.instant());
        return secret;
    }

    public boolean has(String keyId) {
        return secrets.existsById(keyId);
    }

    public Optional<String> secretOf(String keyId) {
        return secrets.findById(keyId)
                .map(stored -> new String(
                        sealer.open(context(keyId), stored.ringKey(), stored.sealed()), StandardCharsets.UTF_8));
    }

    private static String context(String keyId) {
        return "callback secret " + keyId;
    }
}
