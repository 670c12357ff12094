package io.onboarding.kyc.contract.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.temporal.api.common.v1.Payload;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ring reaches the codec bean by the documented keys, commas and all. */
class TemporalClientFactoryTest {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 =
            Base64.getEncoder().encodeToString("a second key of thirty-two bytes".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theCodecBeanEncryptsWithTheCurrentIdAndDecryptsWithEveryRingKey() {
        Payload old;
        try (ApplicationContext before = ApplicationContext.run(Map.of("kyc.temporal.payload-key", K1))) {
            old = before.getBean(PayloadEncryptionCodec.class)
                    .encode(List.of(Payload.getDefaultInstance()))
                    .get(0);
        }
        try (ApplicationContext after = ApplicationContext.run(
                Map.of("kyc.temporal.payload-keys", "k2:" + K2 + ",k1:" + K1, "kyc.temporal.payload-key-id", "k2"))) {
            PayloadEncryptionCodec codec = after.getBean(PayloadEncryptionCodec.class);

            assertThat(codec.decode(List.of(old))).containsExactly(Payload.getDefaultInstance());
            assertThat(codec.encode(List.of(Payload.getDefaultInstance()))
                            .get(0)
                            .getMetadataOrThrow(PayloadEncryptionCodec.KEY_ID)
                            .toStringUtf8())
                    .isEqualTo("k2");
        }
    }
}
