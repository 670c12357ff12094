package io.onboarding.kyc.store.sealing;

import io.onboarding.kyc.keys.AesGcm;
import io.onboarding.kyc.keys.KeyRing;
import io.onboarding.kyc.keys.KeyRingSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data at rest with AES-256-GCM under the current key of a ring, and opens it with
 * whichever ring key the row names. Each value is bound to a context (the row it belongs to) as
 * associated data, so a sealed value copied onto another row does not open.
 */
@Singleton
public class Sealer {

    private static final KeyRingSettings SETTINGS =
            new KeyRingSettings("kyc.sealing.", "document images and vendor answers are stored encrypted");

    private final AesGcm cipher;
    private final SecretKey fingerprintKey;

    @Inject
    public Sealer(SealingSettings settings) {
        this(SETTINGS.read(settings.keys(), settings.key(), settings.keyId()), settings);
    }

    private Sealer(KeyRing ring, SealingSettings settings) {
        this.cipher = new AesGcm(ring);
        this.fingerprintKey = fingerprintKey(ring, settings);
    }

    /** The id of the key {@link #seal} uses now; store it beside the sealed value. */
    public String keyId() {
        return cipher.keyId();
    }

    /**
     * A keyed, one-way tag of a value (hex, 128 bits): equal values give equal tags, and without the key
     * a tag cannot be matched against a list of guessed ID numbers. The key is not a ring key, so a tag
     * stored before a rotation still matches one computed after it.
     */
    public String fingerprint(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey.getEncoded(), "HmacSHA256"));
            byte[] tag = mac.doFinal(("fingerprint\u0000" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(tag, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    public byte[] seal(String context, byte[] plain) {
        return cipher.seal(plain, context.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] open(String context, String storedKeyId, byte[] sealed) {
        try {
            return cipher.open(storedKeyId, sealed, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not open " + context + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fingerprints are stored (vendor-call subjects) and matched for as long as a journey runs, so their
     * key must stay put while sealing keys come and go. One configured key keeps fingerprinting as it
     * always has; a ring has no key that stays put, so it needs the fingerprint key named.
     */
    private static SecretKey fingerprintKey(KeyRing ring, SealingSettings settings) {
        if (KeyRingSettings.given(settings.fingerprintKey())) {
            return SETTINGS.key("fingerprint-key", settings.fingerprintKey());
        }
        if (KeyRingSettings.given(settings.keys())) {
            throw new IllegalStateException(SETTINGS.name("fingerprint-key") + " is not set: with a ring ("
                    + SETTINGS.name("keys") + ") fingerprints need a key of their own that rotation never changes; "
                    + "set it to the key that made fingerprints so far (the former " + SETTINGS.name("key")
                    + "); a new one makes journeys in flight ask (and pay for) their vendor questions again");
        }
        return ring.current();
    }
}
