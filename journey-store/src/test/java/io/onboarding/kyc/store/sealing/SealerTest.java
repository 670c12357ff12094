package io.onboarding.kyc.store.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SealerTest {

    // test keys, as `openssl rand -base64 32` prints them
    private static final String S1 = "09dY9oA3+yRkDtPUhlasEM/DN9giRHnZBdh+9ovKqXs=";
    private static final String S2 = "spG3UMSZon8ktYXBjgjnLg4xafBOdXHX2uoBfdKyx/c=";
    private static final byte[] IMAGE = "PNG-with-440524198701010014".getBytes(StandardCharsets.UTF_8);

    private final Sealer before = new Sealer(new SealingSettings(S1, "s1", null, null));
    private final Sealer after = new Sealer(new SealingSettings(null, "s2", "s2:" + S2 + ",s1:" + S1, S1));

    @Test
    void afterARotationOldRowsStillOpenAndNewOnesAreSealedUnderTheNewKey() {
        byte[] old = before.seal("document doc_1", IMAGE);

        byte[] fresh = after.seal("document doc_2", IMAGE);

        assertThat(before.keyId()).isEqualTo("s1");
        assertThat(after.keyId()).isEqualTo("s2");
        assertThat(after.open("document doc_1", "s1", old)).isEqualTo(IMAGE);
        assertThat(after.open("document doc_2", "s2", fresh)).isEqualTo(IMAGE);
        // really s2's key, not s1's under a new label
        assertThatThrownBy(() -> after.open("document doc_2", "s1", fresh)).hasMessageContaining("Tag mismatch");
    }

    @Test
    void aKeyDroppedFromTheRingIsNamedButNeverPrinted() {
        byte[] old = before.seal("document doc_1", IMAGE);
        Sealer dropped = new Sealer(new SealingSettings(null, "s2", "s2:" + S2, S1));

        assertThatThrownBy(() -> dropped.open("document doc_1", "s1", old))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "could not open document doc_1: encrypted with key 's1', which is not in the ring (it holds s2)");
    }

    @Test
    void fingerprintsKeepMatchingAcrossTheRotation() {
        String before = this.before.fingerprint("李明\u0000440524198701010014");

        assertThat(after.fingerprint("李明\u0000440524198701010014")).isEqualTo(before);
        assertThat(new Sealer(new SealingSettings(null, "s2", "s2:" + S2, S1))
                        .fingerprint("李明\u0000440524198701010014"))
                .isEqualTo(before);
        // the fingerprint key is what decides, not the current sealing key
        assertThat(new Sealer(new SealingSettings(null, "s1", "s2:" + S2 + ",s1:" + S1, S2))
                        .fingerprint("李明\u0000440524198701010014"))
                .isNotEqualTo(before);
    }

    @Test
    void aSingleKeyFingerprintsExactlyAsBeforeRings() throws Exception {
        // the fingerprints already stored in vendor_call were made this way; they must keep matching
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(S1), "HmacSHA256"));
        String stored = HexFormat.of()
                .formatHex(mac.doFinal("fingerprint\u0000token-1".getBytes(StandardCharsets.UTF_8)), 0, 16);

        assertThat(before.fingerprint("token-1")).isEqualTo(stored);
    }

    @Test
    void aRingNeedsItsFingerprintKeyNamed() {
        assertThatThrownBy(() -> new Sealer(new SealingSettings(null, "s1", "s1:" + S1, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("kyc.sealing.fingerprint-key (env KYC_SEALING_FINGERPRINT_KEY) is not set")
                .hasMessageNotContaining(S1);
        assertThatThrownBy(() -> new Sealer(new SealingSettings(
                        null, "s1", "s1:" + S1, Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageStartingWith(
                        "kyc.sealing.fingerprint-key (env KYC_SEALING_FINGERPRINT_KEY): must be base64 of 32 bytes");
        assertThatThrownBy(() -> new Sealer(new SealingSettings(null, "s1", null, null)))
                .hasMessageContaining("KYC_SEALING_KEYS")
                .hasMessageContaining("KYC_SEALING_KEY)");
    }
}
