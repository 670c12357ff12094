package io.onboarding.kyc.contract.temporal;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.onboarding.kyc.keys.AesGcm;
import io.onboarding.kyc.keys.KeyRing;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverterException;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;

/**
 * Encrypts every Temporal payload with AES-256-GCM before it leaves the process, so workflow histories
 * on the Temporal service hold no readable names, ID numbers or OCR results. Encoding uses the ring's
 * current key; decoding picks the key by the id stored beside the ciphertext, so after a rotation the
 * histories written under an older key stay readable for as long as that key stays in the ring.
 *
 * <p>This codec passes payloads it did not encrypt through as they are (the codec endpoint shows them to
 * engineers as they were written). The worker decodes with {@link #refusingPlaintext()} instead.
 */
public final class PayloadEncryptionCodec implements PayloadCodec {

    static final String ENCODING = "binary/encrypted";
    static final String KEY_ID = "encryption-key-id";
    private static final String METADATA_ENCODING = "encoding";

    private final AesGcm cipher;
    private final boolean refusePlaintext;

    public PayloadEncryptionCodec(KeyRing ring) {
        this(new AesGcm(ring), false);
    }

    private PayloadEncryptionCodec(AesGcm cipher, boolean refusePlaintext) {
        this.cipher = cipher;
        this.refusePlaintext = refusePlaintext;
    }

    public PayloadEncryptionCodec(String activeKeyId, Map<String, SecretKey> keys) {
        this(new KeyRing(activeKeyId, keys));
    }

    /**
     * The same keys, decoding only what they encrypted: a plaintext payload, or one no key in the ring
     * opens, fails with {@link RefusedPayloadException}. Anyone who reaches Temporal's gRPC port can send
     * a signal or an update; with this codec only holders of the payload key drive a journey. The
     * failure is a {@link DataConverterException} on purpose: the SDK drops a signal whose payload it
     * cannot convert, and rejects such an update, rather than failing the workflow task over and over.
     */
    public PayloadEncryptionCodec refusingPlaintext() {
        return new PayloadEncryptionCodec(cipher, true);
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
        return Payload.newBuilder()
                .putMetadata(METADATA_ENCODING, ByteString.copyFrom(ENCODING, StandardCharsets.UTF_8))
                .putMetadata(KEY_ID, ByteString.copyFrom(cipher.keyId(), StandardCharsets.UTF_8))
                .setData(ByteString.copyFrom(cipher.seal(payload.toByteArray())))
                .build();
    }

    private Payload decrypt(Payload payload) {
        ByteString encoding = payload.getMetadataOrDefault(METADATA_ENCODING, ByteString.EMPTY);
        if (!ENCODING.equals(encoding.toString(StandardCharsets.UTF_8))) {
            if (refusePlaintext) {
                throw new RefusedPayloadException("refused a payload that is not encrypted: only payloads sealed with"
                        + " the payload key are taken (kyc.temporal.require-encrypted-payloads)");
            }
            return payload;
        }
        String keyId = payload.getMetadataOrDefault(KEY_ID, ByteString.EMPTY).toString(StandardCharsets.UTF_8);
        try {
            return Payload.parseFrom(cipher.open(keyId, payload.getData().toByteArray()));
        } catch (GeneralSecurityException | InvalidProtocolBufferException e) {
            if (refusePlaintext) {
                throw new RefusedPayloadException("refused a payload no payload key opens: " + e.getMessage());
            }
            throw new PayloadCodecException("cannot decrypt a payload: " + e.getMessage(), e);
        }
    }
}
