package io.onboarding.kyc.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns "whom a call was about" into a tag that groups one journey's calls in the ledger but cannot be
 * reversed: the key is random per process, so even a known ID number cannot be matched to a tag offline.
 */
final class IdentityTagger {

    private static final byte[] KEY = new byte[32];
    private static final int TAG_HEX_CHARS = 16;

    static {
        new SecureRandom().nextBytes(KEY);
    }

    private IdentityTagger() {}

    static String tag(String subject) {
        if (subject == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, TAG_HEX_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
