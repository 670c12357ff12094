package io.onboarding.kyc.activities.encryption;

import io.onboarding.kyc.tencent.signing.Pem;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

/**
 * Reads Tencent's RSA public key from PEM. Tencent hands it out as PKCS#1 ({@code BEGIN RSA PUBLIC KEY}), which
 * the JDK cannot read directly, so that form is wrapped into the X.509 structure the JDK reads; the X.509 form
 * ({@code BEGIN PUBLIC KEY}) is read as it is.
 */
final class TencentPublicKey {

    /** AlgorithmIdentifier for rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters, DER. */
    private static final byte[] RSA_ALGORITHM = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00
    };

    private TencentPublicKey() {}

    static PublicKey parse(String pem) {
        boolean pkcs1 = pem.contains("BEGIN RSA PUBLIC KEY");
        if (!pkcs1 && !pem.contains("BEGIN PUBLIC KEY")) {
            throw new IllegalArgumentException("Tencent's public key must be a PEM RSA PUBLIC KEY or PUBLIC KEY");
        }
        byte[] der = Pem.body(pem);
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(pkcs1 ? subjectPublicKeyInfo(der) : der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Tencent's public key is not an RSA key", e);
        }
    }

    /** SEQUENCE { AlgorithmIdentifier, BIT STRING { 0 unused bits, the PKCS#1 key } }. */
    private static byte[] subjectPublicKeyInfo(byte[] pkcs1) {
        ByteArrayOutputStream bitString = new ByteArrayOutputStream();
        bitString.write(0x03);
        writeLength(bitString, pkcs1.length + 1);
        bitString.write(0x00);
        bitString.writeBytes(pkcs1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(RSA_ALGORITHM);
        body.writeBytes(bitString.toByteArray());
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.write(0x30);
        writeLength(info, body.size());
        info.writeBytes(body.toByteArray());
        return info.toByteArray();
    }

    /** DER length: short form below 128, otherwise the count of length bytes and then the bytes, big-endian. */
    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = length > 0xffff ? 3 : length > 0xff ? 2 : 1;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((length >> (8 * i)) & 0xff);
        }
    }
}
