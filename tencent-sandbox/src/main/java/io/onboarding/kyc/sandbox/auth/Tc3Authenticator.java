package io.onboarding.kyc.sandbox.auth;

import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import io.onboarding.kyc.tencent.signing.Tc3Request;
import io.onboarding.kyc.tencent.signing.Tc3Signer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a request's TC3-HMAC-SHA256 signature the way Tencent's gateway does, in its order: header shape,
 * SecretId, clock skew, then the signature itself.
 *
 * <p>It is deliberately lenient in two places where real clients disagree with each other, so that every
 * official SDK pointed at the sandbox works: the signed host may carry the port (Java SDK) or not (Node SDK),
 * and the scope's service may be the product ({@code faceid}) or whatever precedes the endpoint's first dot
 * ({@code 127} for {@code 127.0.0.1}), since the SDKs derive it from the endpoint.
 */
public final class Tc3Authenticator {

    /** Tencent refuses timestamps more than five minutes from its clock, in either direction. */
    public static final long MAX_SKEW_SECONDS = 300;

    private static final DateTimeFormatter SCOPE_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final CredentialStore credentials;
    private final Clock clock;

    public Tc3Authenticator(CredentialStore credentials, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Permanent keys only. */
    public Tc3Authenticator(Map<String, String> credentials, Clock clock) {
        this(new CredentialStore(credentials, List.of()), clock);
    }

    /**
     * Checks a TC3-HMAC-SHA256 signed request.
     *
     * @return the caller's SecretId
     * @throws ApiError with an {@code AuthFailure.*} code, or {@code MissingParameter} without a timestamp
     */
    public String verify(SignedRequest request) {
        AuthorizationHeader header = AuthorizationHeader.parse(request.authorization())
                .orElseThrow(() -> new ApiError(
                        ErrorCodes.INVALID_AUTHORIZATION,
                        "Authorization header is missing or is not of the form "
                                + "`TC3-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`."));
        Credential credential = credentials.find(header.secretId());
        String secretKey = credential.secretKey();
        long timestamp = timestamp(request.timestamp());
        checkSkew(clock, timestamp);
        // A temporary key's token is checked before its signature: without the token the key is unknown to STS.
        CredentialStore.checkToken(credential, request.token(), clock.instant());
        if (!header.signedHeaders().equalsIgnoreCase(Tc3Signer.SIGNED_HEADERS)) {
            throw signatureFailure("SignedHeaders must be `" + Tc3Signer.SIGNED_HEADERS + "`.");
        }
        if (!header.date().equals(SCOPE_DATE.format(Instant.ofEpochSecond(timestamp)))) {
            throw signatureFailure("The credential scope's date is not the UTC date of X-TC-Timestamp.");
        }
        if (!acceptedServices(request).contains(header.service())) {
            throw signatureFailure("The credential scope's service `" + header.service() + "` does not belong to this "
                    + "action or endpoint.");
        }
        String contentType = request.contentType() == null ? "" : request.contentType();
        for (String host : signedHostCandidates(request.host())) {
            Tc3Request signed = new Tc3Request(
                    request.method(), request.query(), contentType, host, request.body(), timestamp, header.service());
            if (Tc3Signer.sameSignature(Tc3Signer.signature(secretKey, signed), header.signature())) {
                return header.secretId();
            }
        }
        throw signatureFailure(
                "The provided credentials could not be validated. Please check your signature is correct.");
    }

    private static long timestamp(String value) {
        return Timestamps.parse(value, "X-TC-Timestamp");
    }

    static void checkSkew(Clock clock, long timestamp) {
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > MAX_SKEW_SECONDS) {
            throw new ApiError(
                    ErrorCodes.SIGNATURE_EXPIRE,
                    "Signature expired. Timestamp and server time cannot differ "
                            + "by more than 5 minutes; server time is " + now + ".",
                    "签名过期。Timestamp 和服务器时间相差不得超过五分钟；服务器时间为 " + now + "。");
        }
    }

    private static Set<String> acceptedServices(SignedRequest request) {
        Set<String> services = new LinkedHashSet<>(request.productServices());
        String host = request.host() == null ? "" : request.host();
        services.add(beforeFirstDot(host));
        services.add(beforeFirstDot(withoutPort(host)));
        return services;
    }

    /** The Host header as sent, and without its port: the Java SDK signs the former, the Node SDK the latter. */
    static Set<String> signedHostCandidates(String host) {
        Set<String> hosts = new LinkedHashSet<>();
        String sent = host == null ? "" : host;
        hosts.add(sent);
        hosts.add(withoutPort(sent));
        return hosts;
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) { // IPv6 literal: [::1]:9080
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 || host.indexOf(':') != colon ? host : host.substring(0, colon);
    }

    private static String beforeFirstDot(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? host : host.substring(0, dot);
    }

    private static ApiError signatureFailure(String message) {
        return new ApiError(ErrorCodes.SIGNATURE_FAILURE, message);
    }
}
