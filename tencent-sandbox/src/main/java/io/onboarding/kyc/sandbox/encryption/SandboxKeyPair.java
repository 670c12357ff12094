package io.onboarding.kyc.sandbox.encryption;

import io.onboarding.kyc.tencent.signing.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Optional;
import javax.crypto.Cipher;

/**
 * The key pair the sandbox plays Tencent's with for Face ID's {@code Encryption} parameter. TEST ONLY: it is
 * committed with the sandbox, protects nothing, and is not Tencent's key; an engine configured with its public key
 * can only ever talk to the sandbox.
 *
 * <p>The public half is published as Tencent publishes its own, a PKCS#1 {@code RSA PUBLIC KEY} PEM, so the
 * engine reads both the same way; {@code bin/sandbox} users and tests get it from {@link #publicKeyPem()} or the
 * class-path resource {@value #PUBLIC_KEY_RESOURCE}.
 */
public final class SandboxKeyPair {

    /** The public key, PEM, on the sandbox's class path. */
    public static final String PUBLIC_KEY_RESOURCE = "/io/onboarding/kyc/sandbox/encryption/test-only-public-key.pem";

    private static final String PRIVATE_KEY_RESOURCE =
            "/io/onboarding/kyc/sandbox/encryption/test-only-private-key.pem";
    private static final SandboxKeyPair TEST_ONLY = new SandboxKeyPair(resource(PUBLIC_KEY_RESOURCE), privateKey());

    private final String publicKeyPem;
    private final PrivateKey privateKey;

    private SandboxKeyPair(String publicKeyPem, PrivateKey privateKey) {
        this.publicKeyPem = publicKeyPem;
        this.privateKey = privateKey;
    }

    public static SandboxKeyPair testOnly() {
        return TEST_ONLY;
    }

    /** The public key as a PKCS#1 PEM, the form Tencent hands out. */
    public String publicKeyPem() {
        return publicKeyPem;
    }

    /** The public key as a JDK key, for tests that play the caller. */
    public PublicKey publicKey() {
        RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) privateKey;
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sandbox's test key has no public half", e);
        }
    }

    /**
     * Recovers a symmetric key wrapped with RSA and PKCS#1 v1.5 padding, the scheme of Tencent's Face ID crypto
     * SDK for {@code AES-256-CBC}; empty when the blob was not wrapped with this key pair.
     */
    Optional<byte[]> unwrap(byte[] blob) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, privateKey);
            return Optional.of(rsa.doFinal(blob));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "SandboxKeyPair[test-only]";
    }

    private static PrivateKey privateKey() {
        try {
            byte[] der = Pem.body(resource(PRIVATE_KEY_RESOURCE));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sandbox's test key does not load", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SandboxKeyPair.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the sandbox's class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
