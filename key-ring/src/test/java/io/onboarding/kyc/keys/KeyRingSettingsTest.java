package io.onboarding.kyc.keys;

import static io.onboarding.kyc.keys.KeyRingTest.KEY_1;
import static io.onboarding.kyc.keys.KeyRingTest.KEY_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyRingSettingsTest {

    private final KeyRingSettings settings = new KeyRingSettings("kyc.sealing.", "rows are sealed");

    @Test
    void aSingleKeyIsARingOfOneUnderTheCurrentId() {
        KeyRing ring = settings.read(null, KEY_1, "s1");

        assertThat(ring.currentId()).isEqualTo("s1");
        assertThat(ring.keys()).containsOnlyKeys("s1");
    }

    @Test
    void aRingSpecTakesEveryKeyAndTheCurrentIdPicksTheOneThatEncrypts() {
        KeyRing ring = settings.read("s2:" + KEY_2 + ",s1:" + KEY_1, "  ", "s2");

        assertThat(ring.currentId()).isEqualTo("s2");
        assertThat(ring.keys()).containsOnlyKeys("s2", "s1");
    }

    @Test
    void namesTheSettingAndItsEnvironmentVariableInEveryError() {
        assertThatThrownBy(() -> settings.read(null, null, "s1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("kyc.sealing.keys (env KYC_SEALING_KEYS) (id:base64key,...) or kyc.sealing.key "
                        + "(env KYC_SEALING_KEY) is not set: rows are sealed, so a 32-byte base64 key is required");
        assertThatThrownBy(() -> settings.read("s1:" + KEY_1, KEY_1, "s1"))
                .hasMessageStartingWith(
                        "kyc.sealing.keys (env KYC_SEALING_KEYS) and kyc.sealing.key (env KYC_SEALING_KEY) are both set");
        assertThatThrownBy(() -> settings.read("s2:" + KEY_2, null, "s1"))
                .hasMessage(
                        "kyc.sealing.key-id (env KYC_SEALING_KEY_ID): the current key id 's1' is not in the ring, which holds s2");
        assertThatThrownBy(() -> settings.read(null, Base64.getEncoder().encodeToString(new byte[16]), "s1"))
                .hasMessage("kyc.sealing.key (env KYC_SEALING_KEY): must be base64 of 32 bytes, got 16");
        assertThatThrownBy(() -> settings.read("s2:" + KEY_2 + ",s2:" + KEY_1, null, "s2"))
                .hasMessage("kyc.sealing.keys (env KYC_SEALING_KEYS): key id 's2' appears twice");
        assertThatThrownBy(() -> settings.read(null, KEY_1, ""))
                .hasMessageStartingWith("kyc.sealing.key-id (env KYC_SEALING_KEY_ID) is not set");
        assertThatThrownBy(() -> settings.key("fingerprint-key", "abc"))
                .hasMessage(
                        "kyc.sealing.fingerprint-key (env KYC_SEALING_FINGERPRINT_KEY): must be base64 of 32 bytes, got 2");
    }

    @Test
    void derivesEnvironmentNamesFromPrefixesWithDashes() {
        assertThat(new KeyRingSettings("kyc.temporal.payload-", "").name("keys"))
                .isEqualTo("kyc.temporal.payload-keys (env KYC_TEMPORAL_PAYLOAD_KEYS)");
    }
}
