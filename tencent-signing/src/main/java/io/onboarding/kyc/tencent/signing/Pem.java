package io.onboarding.kyc.tencent.signing;

import java.util.Base64;

/**
 * PEM, as Tencent hands out the keys of its sensitive-data encryption: the client reads Tencent's public key with
 * it, and the sandbox its own test keys, so both read the armour the same way.
 */
public final class Pem {

    private Pem() {}

    /** The DER bytes between the first {@code -----BEGIN} and {@code -----END} lines; lines before it are skipped. */
    public static byte[] body(String pem) {
        StringBuilder base64 = new StringBuilder();
        boolean inside = false;
        for (String line : pem.lines().toList()) {
            if (line.startsWith("-----BEGIN")) {
                inside = true;
            } else if (line.startsWith("-----END")) {
                break;
            } else if (inside) {
                base64.append(line.strip());
            }
        }
        return Base64.getDecoder().decode(base64.toString());
    }
}
