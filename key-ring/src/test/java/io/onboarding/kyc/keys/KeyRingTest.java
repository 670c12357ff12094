package io.onboarding.kyc.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    static final String KEY_1 = base64(1);
    static final String KEY_2 = base64(2);

    @Test
    void parsesARingSpecInTheOrderWritten() {
        KeyRing ring = new KeyRing("k2", KeyRing.parseKeys(" k2:" + KEY_2 + " ,\n k1:" + KEY_1 + " "));

        assertThat(ring.keys().keySet()).containsExactly("k2", "k1");
        assertThat(ring.current().getEncoded()).isEqualTo(Base64.getDecoder().decode(KEY_2));
        assertThat(ring.keys().get("k1").getAlgorithm()).isEqualTo("AES");
    }

    @Test
    void findsEveryKeyByIdAndNamesTheOneItDoesNotHold() throws Exception {
        KeyRing ring = new KeyRing("k2", KeyRing.parseKeys("k2:" + KEY_2 + ",k1:" + KEY_1));

        assertThat(ring.key("k1").getEncoded()).isEqualTo(Base64.getDecoder().decode(KEY_1));
        assertThatThrownBy(() -> ring.key("k0"))
                .isInstanceOf(UnknownKeyException.class)
                .hasMessage("encrypted with key 'k0', which is not in the ring (it holds k2, k1)")
                .satisfies(e -> assertThat(((UnknownKeyException) e).keyId()).isEqualTo("k0"));
    }

    @Test
    void theCurrentIdMustBeInTheRing() {
        Map<String, SecretKey> keys = KeyRing.parseKeys("k2:" + KEY_2 + ",k1:" + KEY_1);

        assertThatThrownBy(() -> new KeyRing("k3", keys))
                .hasMessage("the current key id 'k3' is not in the ring, which holds k2, k1");
        assertThatThrownBy(() -> new KeyRing(null, keys)).hasMessageContaining("current key id must be");
        assertThatThrownBy(() -> new KeyRing("k1", Map.of())).hasMessageContaining("holds no key");
    }

    @Test
    void refusesDuplicateIdsBadIdsAndBadKeysWithoutQuotingKeyMaterial() {
        assertThatThrownBy(() -> KeyRing.parseKeys("k1:" + KEY_1 + ",k1:" + KEY_2))
                .hasMessage("key id 'k1' appears twice");
        assertThatThrownBy(() -> KeyRing.parseKeys("k1:" + KEY_1 + "," + KEY_2))
                .hasMessageStartingWith("entry 2 is not id:base64key")
                .hasMessageNotContaining(KEY_2);
        // a key pasted where the id belongs is not echoed back
        assertThatThrownBy(() -> KeyRing.parseKeys(KEY_2 + ":k2"))
                .hasMessageStartingWith("entry 1 is not id:base64key")
                .hasMessageNotContaining(KEY_2.substring(0, 8));
        assertThatThrownBy(() -> KeyRing.parseKeys("k:1:" + KEY_1))
                .hasMessageStartingWith("key 'k' is not valid base64");
        assertThatThrownBy(() -> KeyRing.parseKeys("k1:" + KEY_1 + ",")).hasMessageStartingWith("entry 2 is not");
        assertThatThrownBy(() -> KeyRing.parseKeys("with space:" + KEY_1)).hasMessageStartingWith("entry 1 is not");
        assertThatThrownBy(() -> KeyRing.parseKeys("k".repeat(33) + ":" + KEY_1))
                .hasMessageStartingWith("entry 1 is not");
        assertThatThrownBy(() -> KeyRing.parseKeys(" ")).hasMessageStartingWith("is empty");
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> KeyRing.parseKeys("k1:" + shortKey))
                .hasMessage("key 'k1' must be base64 of 32 bytes, got 16");
        assertThatThrownBy(() -> KeyRing.aesKey("not*base64")).hasMessage("is not valid base64");
    }

    @Test
    void refusesKeysThatAreNotAes256WhenBuiltDirectly() {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put("k1", new SecretKeySpec(new byte[16], "AES"));

        assertThatThrownBy(() -> new KeyRing("k1", keys)).hasMessage("key 'k1' is not a 32-byte AES key");
        assertThatThrownBy(() -> KeyRing.of("k1", new SecretKeySpec(new byte[32], "HmacSHA256")))
                .hasMessage("key 'k1' is not a 32-byte AES key");
    }

    @Test
    void printsIdsOnly() {
        KeyRing ring = new KeyRing("k2", KeyRing.parseKeys("k2:" + KEY_2 + ",k1:" + KEY_1));

        assertThat(ring).hasToString("KeyRing[current=k2, ids=[k2, k1]]");
        assertThat(ring.toString()).doesNotContain(KEY_1).doesNotContain(KEY_2);
    }

    @Test
    void isImmutable() {
        Map<String, SecretKey> keys = KeyRing.parseKeys("k1:" + KEY_1);
        KeyRing ring = new KeyRing("k1", keys);
        keys.clear();

        assertThat(ring.keys()).containsOnlyKeys("k1");
        assertThatThrownBy(() -> ring.keys().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    static String base64(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }
}
