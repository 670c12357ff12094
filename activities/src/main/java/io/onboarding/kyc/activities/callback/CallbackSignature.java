package io.onboarding.kyc.activities.callback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-KYC-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, the MAC keyed with the
 * callback secret (its UTF-8 bytes, prefix included) over {@code "<t>.<body>"}. Signing the time with the body
 * lets a receiver refuse a replayed request; {@code v1} leaves room for a later scheme beside it.
 */
public final class CallbackSignature {

    public static final String HEADER = "X-KYC-Signature";

    private CallbackSignature() {}

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
