package io.onboarding.kyc.web.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineerTokensTest {

    private static final String ALICE = "a".repeat(EngineerTokens.MIN_TOKEN_LENGTH);
    private static final String BOB = "b:with:colons-" + "b".repeat(EngineerTokens.MIN_TOKEN_LENGTH);

    @Test
    void findsTheEngineerHoldingAToken() {
        EngineerTokens tokens = new EngineerTokens(List.of("alice:" + ALICE, " bob:" + BOB + " ", ""));

        assertThat(tokens.engineerFor(ALICE)).hasValue("alice");
        assertThat(tokens.engineerFor(BOB)).hasValue("bob");
        assertThat(tokens.engineerFor(ALICE + "a")).isEmpty();
        assertThat(tokens.engineerFor(ALICE.substring(1))).isEmpty();
        assertThat(tokens.engineerFor("")).isEmpty();
        assertThat(new EngineerTokens(List.of()).engineerFor(ALICE)).isEmpty();
    }

    @Test
    void refusesMalformedEntriesWithoutQuotingTheirTokens() {
        String secret = "s".repeat(40);
        for (List<String> entries : List.of(
                List.of(secret),
                List.of(":" + secret),
                List.of("loopback:" + secret),
                List.of("al ice:" + secret),
                List.of("alice:short-" + secret.substring(25)),
                List.of("alice:" + secret, "bob:" + secret),
                List.of("alice:" + secret, "alice:" + ALICE))) {
            assertThatThrownBy(() -> new EngineerTokens(entries))
                    .as(entries.toString())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("kyc.codec.engineer-tokens entry")
                    .hasMessageNotContaining(secret.substring(0, 12));
        }
    }
}
