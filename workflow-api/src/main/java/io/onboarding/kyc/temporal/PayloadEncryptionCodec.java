package io.onboarding.kyc.temporal;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts every Temporal payload with AES-256-GCM before it leaves the process, so workflow histories
 * on the Temporal service hold no readable names, ID numbers or OCR results. Decoding picks the key by
 * the id stored beside the ciphertext, so a new key can be introduced while old histories stay readable.
 */
public final class PayloadEncryptionCodec implements PayloadCodec {

    static final String ENCODING = "binary/encrypted";
    static final String KEY_ID = "encryption-key-id";
    private static final String METADATA_ENCODING = "encoding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String activeKeyId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    public PayloadEncryptionCodec(String activeKeyId, Map<String, SecretKey> keys) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("no key with the active key id " + activeKeyId);
        }
        this.activeKeyId = activeKeyId;
        this.keys = Map.copyOf(keys);
    }

    @Override
    public List<Payload> encode(List<Payload> payloads) {
        return payloads.stream().map(this::encrypt).toList();
    }

    @Override
    public List<Payload> decode(List<Payload> payloads) {
        return payloads.stream().map(this::decrypt).toList();
    }

    private Payload encrypt(Payload payload) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(payload.toByteArray());
            return Payload.newBuilder()
                    .putMetadata(METADATA_ENCODING, ByteString.copyFrom(ENCODING, StandardCharsets.UTF_8))
                    .putMetadata(KEY_ID, ByteString.copyFrom(activeKeyId, StandardCharsets.UTF_8))
                    .setData(ByteString.copyFrom(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array()))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new PayloadCodecException(e);
        }
    }

    private Payload decrypt(Payload payload) {
        ByteString encoding = payload.getMetadataOrDefault(METADATA_ENCODING, ByteString.EMPTY);
        if (!ENCODING.equals(encoding.toString(StandardCharsets.UTF_8))) {
            return payload;
        }
        String keyId = payload.getMetadataOrDefault(KEY_ID, ByteString.EMPTY).toString(StandardCharsets.UTF_8);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new PayloadCodecException("payload was encrypted with key '" + keyId + "', which is not configured");
        }
        byte[] data = payload.getData().toByteArray();
        if (data.length <= NONCE_BYTES) {
            throw new PayloadCodecException("encrypted payload is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            return Payload.parseFrom(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES));
        } catch (GeneralSecurityException | InvalidProtocolBufferException e) {
            throw new PayloadCodecException(e);
        }
    }
}
