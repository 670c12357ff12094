package io.onboarding.kyc.activities.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackSignatureTest {

    @Test
    void signsTheTimeAndTheBodyAsTheDocumentedExampleVerifies() {
        // computed with Python's hmac module, as docs/examples/callback_receiver.py does
        assertThat(CallbackSignature.header("kcs_test-secret", 1764496802L, "{\"id\":\"evt_1\"}"))
                .isEqualTo("t=1764496802,v1=a5920c9ab4f96b1270de7fcd33c05ccd3a579f6dbd4feff1ad2bcbed51d37215");
    }

    @Test
    void anotherTimeOrSecretGivesAnotherSignature() {
        String signed = CallbackSignature.header("kcs_test-secret", 1764496802L, "{}");

        assertThat(CallbackSignature.header("kcs_test-secret", 1764496803L, "{}"))
                .isNotEqualTo(signed);
        assertThat(CallbackSignature.header("kcs_other-secret", 1764496802L, "{}"))
                .isNotEqualTo(signed);
    }
}
