package io.onboarding.kyc.sandbox.auth;

import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Tencent's older signature ("v1", {@code HmacSHA1} / {@code HmacSHA256}) as the Node intl-en SDK sends it by
 * default and the Java SDK sends it when asked: {@code Signature} is the base64 HMAC of
 * {@code <METHOD><host>/?<k=v&… sorted by name, values decoded, Signature left out>}.
 *
 * <p>Like the TC3 check it accepts the host with or without its port: both SDKs sign whatever endpoint string
 * they were configured with, which for the sandbox usually carries the port.
 */
public final class V1Authenticator {

    public static final String SIGNATURE = "Signature";
    public static final String HMAC_SHA256 = "HmacSHA256";
    public static final String HMAC_SHA1 = "HmacSHA1";

    private final CredentialStore credentials;
    private final Clock clock;

    public V1Authenticator(CredentialStore credentials, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * In Tencent's order: required common parameters, SecretId, clock skew, token, signature.
     *
     * @return the caller's SecretId
     * @throws ApiError {@code MissingParameter}, or an {@code AuthFailure.*} code
     */
    public String verify(V1SignedRequest request) {
        String secretId = required(request, "SecretId");
        String signature = required(request, SIGNATURE);
        String timestampText = required(request, "Timestamp");
        required(request, "Nonce");
        Credential credential = credentials.find(secretId);
        long timestamp = Timestamps.parse(timestampText, "Timestamp");
        Tc3Authenticator.checkSkew(clock, timestamp);
        CredentialStore.checkToken(credential, request.parameter("Token"), clock.instant());
        String algorithm = algorithm(request.parameter("SignatureMethod"));
        for (String host : Tc3Authenticator.signedHostCandidates(request.host())) {
            String expected =
                    sign(credential.secretKey(), algorithm, stringToSign(request.method(), host, request.parameters()));
            if (MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.UTF_8))) {
                return secretId;
            }
        }
        throw new ApiError(
                ErrorCodes.SIGNATURE_FAILURE,
                "The provided credentials could not be validated. Please check your signature is correct.");
    }

    /** Tencent: only {@code HmacSHA256} selects SHA-256; any other value, or none, means {@code HmacSHA1}. */
    static String algorithm(String signatureMethod) {
        return HMAC_SHA256.equals(signatureMethod) ? HMAC_SHA256 : HMAC_SHA1;
    }

    /** {@code POST127.0.0.1:9080/?Action=…&Nonce=…}: names sorted by UTF-16 code unit, as Java and JavaScript sort. */
    static String stringToSign(String method, String host, Map<String, String> parameters) {
        StringBuilder text = new StringBuilder(method).append(host).append("/?");
        boolean first = true;
        for (Map.Entry<String, String> parameter : new TreeMap<>(parameters).entrySet()) {
            if (parameter.getKey().equals(SIGNATURE)) {
                continue;
            }
            if (!first) {
                text.append('&');
            }
            text.append(parameter.getKey()).append('=').append(parameter.getValue());
            first = false;
        }
        return text.toString();
    }

    static String sign(String secretKey, String algorithm, String stringToSign) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), algorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }

    private static String required(V1SignedRequest request, String name) {
        String value = request.parameter(name);
        if (value == null || value.isEmpty()) {
            throw ApiError.missingParameter(name);
        }
        return value;
    }
}
