package io.onboarding.kyc.keys;

import static io.onboarding.kyc.keys.KeyRingTest.KEY_1;
import static io.onboarding.kyc.keys.KeyRingTest.KEY_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

class AesGcmTest {

    private static final byte[] PLAIN = "440524198701010014".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ROW = "document doc_1".getBytes(StandardCharsets.UTF_8);

    private final AesGcm before = new AesGcm(KeyRing.of("k1", KeyRing.aesKey(KEY_1)));
    private final AesGcm after = new AesGcm(new KeyRing("k2", KeyRing.parseKeys("k2:" + KEY_2 + ",k1:" + KEY_1)));

    @Test
    void sealsUnderTheCurrentKeyWithAFreshNonce() throws Exception {
        byte[] once = before.seal(PLAIN, ROW);
        byte[] twice = before.seal(PLAIN, ROW);

        assertThat(once).hasSize(12 + PLAIN.length + 16).isNotEqualTo(twice);
        assertThat(new String(once, StandardCharsets.ISO_8859_1)).doesNotContain("440524");
        assertThat(before.open("k1", once, ROW)).isEqualTo(PLAIN);
        assertThat(before.open("k1", before.seal(PLAIN))).isEqualTo(PLAIN);
    }

    @Test
    void afterARotationOldValuesStillOpenAndNewOnesUseTheNewKey() throws Exception {
        byte[] old = before.seal(PLAIN, ROW);
        byte[] fresh = after.seal(PLAIN, ROW);

        assertThat(after.keyId()).isEqualTo("k2");
        assertThat(after.open(before.keyId(), old, ROW)).isEqualTo(PLAIN);
        assertThat(after.open(after.keyId(), fresh, ROW)).isEqualTo(PLAIN);
        // the new key really sealed it: the old ring cannot open it, and k1's key does not either
        assertThatThrownBy(() -> before.open("k2", fresh, ROW)).isInstanceOf(UnknownKeyException.class);
        assertThatThrownBy(() -> after.open("k1", fresh, ROW)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void refusesAnotherRowsDataATamperedValueAndATruncatedOne() {
        byte[] sealed = before.seal(PLAIN, ROW);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> before.open("k1", sealed, "document doc_2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> before.open("k1", tampered, ROW)).isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> before.open("k1", Arrays.copyOf(sealed, 27), ROW))
                .isInstanceOf(AEADBadTagException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void aKeyDroppedFromTheRingIsNamedNotQuoted() {
        byte[] old = before.seal(PLAIN, ROW);
        AesGcm dropped = new AesGcm(KeyRing.of("k2", KeyRing.aesKey(KEY_2)));

        assertThatThrownBy(() -> dropped.open("k1", old, ROW))
                .isInstanceOf(UnknownKeyException.class)
                .hasMessageContaining("'k1'")
                .hasMessageNotContaining(KEY_1);
    }
}
