package io.onboarding.kyc.contract.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.kyc.contract.ocr.IdCardOcr;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PayloadEncryptionCodecTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    // ring keys, as `openssl rand -base64 32` prints them
    private static final String K1 = "09dY9oA3+yRkDtPUhlasEM/DN9giRHnZBdh+9ovKqXs=";
    private static final String K2 = "spG3UMSZon8ktYXBjgjnLg4xafBOdXHX2uoBfdKyx/c=";
    private static final IdCardOcr OCR =
            new IdCardOcr("req-1", "李明", "男", "汉", "1987/1/1", "北京市", "440524198701010014", "", "", List.of());

    @Test
    void roundTripsAValueWithoutLeavingItReadable() {
        DataConverter converter = TemporalClientFactory.encryptingDataConverter("k1", KEY);

        Payload payload = converter.toPayload(OCR).orElseThrow();

        String stored = payload.toByteString().toString(StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("440524198701010014").doesNotContain("req-1");
        assertThat(payload.getData().toString(StandardCharsets.UTF_8)).doesNotContain("李明");
        assertThat(converter.fromPayload(payload, IdCardOcr.class, IdCardOcr.class))
                .isEqualTo(OCR);
    }

    @Test
    void refusesATamperedCiphertext() {
        PayloadEncryptionCodec codec = codec("k1", new byte[32]);
        Payload sealed = codec.encode(List.of(plain("{}"))).get(0);
        byte[] data = sealed.getData().toByteArray();
        data[data.length - 1] ^= 1;
        Payload tampered = sealed.toBuilder()
                .setData(com.google.protobuf.ByteString.copyFrom(data))
                .build();

        assertThatThrownBy(() -> codec.decode(List.of(tampered))).isInstanceOf(PayloadCodecException.class);
    }

    @Test
    void namesTheMissingKeyWhenAHistoryWasSealedWithAnother() {
        Payload sealed = codec("old", new byte[32]).encode(List.of(plain("{}"))).get(0);

        assertThatThrownBy(() -> codec("new", new byte[32]).decode(List.of(sealed)))
                .isInstanceOf(PayloadCodecException.class)
                .hasMessageContaining("'old'");
    }

    @Test
    void passesUnencryptedPayloadsThrough() {
        Payload plain = plain("\"hello\"");

        assertThat(codec("k1", new byte[32]).decode(List.of(plain))).containsExactly(plain);
    }

    @Test
    void refusingPlaintextDecodesOnlyWhatItsKeysSealed() {
        PayloadEncryptionCodec codec = codec("k1", new byte[32]);
        PayloadEncryptionCodec strict = codec.refusingPlaintext();
        Payload sealed = codec.encode(List.of(plain("{}"))).get(0);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        Payload foreign = codec("k1", otherKey).encode(List.of(plain("{}"))).get(0);

        assertThat(strict.decode(List.of(sealed))).containsExactly(plain("{}"));
        assertThat(strict.encode(List.of(plain("{}")))
                        .get(0)
                        .getMetadataOrThrow("encoding")
                        .toStringUtf8())
                .isEqualTo(PayloadEncryptionCodec.ENCODING);
        // a DataConverterException: the SDK drops such a signal instead of failing the workflow task
        assertThatThrownBy(() -> strict.decode(List.of(plain("\"mallory\""))))
                .isInstanceOf(RefusedPayloadException.class)
                .isInstanceOf(io.temporal.common.converter.DataConverterException.class)
                .hasMessageNotContaining("mallory");
        assertThatThrownBy(() -> strict.decode(List.of(foreign))).isInstanceOf(RefusedPayloadException.class);
        assertThat(codec.decode(List.of(plain("{}"))))
                .as("the lenient codec is unchanged")
                .containsExactly(plain("{}"));
    }

    @Test
    void afterARotationOldHistoriesStillDecodeAndNewPayloadsCarryTheNewKeyId() {
        PayloadEncryptionCodec before = ringCodec(TemporalSettings.payloadKeys(null, "k1", "k1:" + K1));
        PayloadEncryptionCodec after = ringCodec(TemporalSettings.payloadKeys(null, "k2", "k2:" + K2 + ",k1:" + K1));
        Payload old = before.encode(List.of(plain("\"old\""))).get(0);

        Payload fresh = after.encode(List.of(plain("\"new\""))).get(0);

        assertThat(after.decode(List.of(old, fresh))).containsExactly(plain("\"old\""), plain("\"new\""));
        assertThat(old.getMetadataOrThrow(PayloadEncryptionCodec.KEY_ID).toStringUtf8())
                .isEqualTo("k1");
        assertThat(fresh.getMetadataOrThrow(PayloadEncryptionCodec.KEY_ID).toStringUtf8())
                .isEqualTo("k2");
        // sealed under k2's key, not merely labelled k2: a ring that holds only k1 cannot read it
        assertThatThrownBy(() -> before.decode(List.of(fresh))).hasMessageContaining("'k2'");
    }

    @Test
    void aKeyDroppedFromTheRingIsNamedButNeverPrinted() {
        Payload old = ringCodec(TemporalSettings.payloadKeys(K1, "k1", null))
                .encode(List.of(plain("{}")))
                .get(0);
        PayloadEncryptionCodec dropped = ringCodec(TemporalSettings.payloadKeys(null, "k2", "k2:" + K2));

        assertThatThrownBy(() -> dropped.decode(List.of(old)))
                .isInstanceOf(PayloadCodecException.class)
                .hasMessage(
                        "cannot decrypt a payload: encrypted with key 'k1', which is not in the ring (it holds k2)");
    }

    @Test
    void theSingleKeySettingsStillMakeARingOfOne() {
        Payload sealed = ringCodec(TemporalSettings.payloadKeys(K1, "k1", null))
                .encode(List.of(plain("{}")))
                .get(0);

        assertThat(codec("k1", Base64.getDecoder().decode(K1)).decode(List.of(sealed)))
                .containsExactly(plain("{}"));
        assertThatThrownBy(() -> ringCodec(TemporalSettings.payloadKeys(K1, "k1", "k1:" + K1)))
                .hasMessageContaining("KYC_TEMPORAL_PAYLOAD_KEYS")
                .hasMessageContaining("both set");
        assertThatThrownBy(() -> ringCodec(TemporalSettings.payloadKeys(null, "k1", "k2:" + K2)))
                .hasMessageContaining("KYC_TEMPORAL_PAYLOAD_KEY_ID")
                .hasMessageContaining("'k1'");
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> TemporalClientFactory.encryptingDataConverter(
                        "k1", Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> TemporalClientFactory.encryptingDataConverter("k1", " "))
                .hasMessageContaining("KYC_TEMPORAL_PAYLOAD_KEY");
    }

    private static PayloadEncryptionCodec ringCodec(TemporalSettings settings) {
        return new TemporalClientFactory().payloadCodec(settings);
    }

    private static PayloadEncryptionCodec codec(String keyId, byte[] key) {
        return new PayloadEncryptionCodec(keyId, Map.of(keyId, new SecretKeySpec(key, "AES")));
    }

    private static Payload plain(String json) {
        return Payload.newBuilder()
                .putMetadata("encoding", com.google.protobuf.ByteString.copyFromUtf8("json/plain"))
                .setData(com.google.protobuf.ByteString.copyFromUtf8(json))
                .build();
    }
}
