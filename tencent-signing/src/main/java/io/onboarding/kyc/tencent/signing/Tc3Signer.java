package io.onboarding.kyc.tencent.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tencent Cloud API 3.0 request signing ("TC3-HMAC-SHA256").
 *
 * <p>We sign ourselves rather than pulling the vendor SDK: the only SDK artefact that resolves drags in
 * okhttp 3.12 with known CVEs, and the algorithm is small and pinned by Tencent's public test vectors
 * (see docs/adr/0002-own-tc3-signer.md).
 */
public final class Tc3Signer {

    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    public static final String SIGNED_HEADERS = "content-type;host";
    private static final DateTimeFormatter SCOPE_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Tc3Signer() {}

    public static String canonicalRequest(Tc3Request request) {
        return String.join(
                "\n",
                request.method(),
                "/",
                request.query(),
                "content-type:" + request.contentType() + "\nhost:" + request.host() + "\n",
                SIGNED_HEADERS,
                sha256Hex(request.body()));
    }

    /** The credential scope, {@code <UTC date>/<service>/tc3_request}. */
    public static String scope(Tc3Request request) {
        return scopeDate(request.timestamp()) + "/" + request.service() + "/tc3_request";
    }

    public static String stringToSign(Tc3Request request) {
        return String.join(
                "\n",
                ALGORITHM,
                Long.toString(request.timestamp()),
                scope(request),
                sha256Hex(canonicalRequest(request).getBytes(StandardCharsets.UTF_8)));
    }

    public static String signature(String secretKey, Tc3Request request) {
        byte[] date = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), scopeDate(request.timestamp()));
        byte[] service = hmac(date, request.service());
        byte[] signing = hmac(service, "tc3_request");
        return HexFormat.of().formatHex(hmac(signing, stringToSign(request)));
    }

    /** The value of the {@code Authorization} header. */
    public static String authorization(String secretId, String secretKey, Tc3Request request) {
        return ALGORITHM + " Credential=" + secretId + "/" + scope(request)
                + ", SignedHeaders=" + SIGNED_HEADERS
                + ", Signature=" + signature(secretKey, request);
    }

    /** Compares two signatures without leaking how many leading characters matched. */
    public static boolean sameSignature(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    static String scopeDate(long timestamp) {
        return SCOPE_DATE.format(Instant.ofEpochSecond(timestamp));
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
