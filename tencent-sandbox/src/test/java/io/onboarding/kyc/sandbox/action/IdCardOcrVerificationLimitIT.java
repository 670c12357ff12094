package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.MutableClock;
import io.onboarding.kyc.sandbox.SandboxClient;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.TencentSandbox;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authority's daily limit per identity (-7), over HTTP with a sandbox that allows two attempts a day, on a clock
 * the tests move (the client signs with the same clock, as a client in step with Tencent's servers does).
 */
class IdCardOcrVerificationLimitIT {

    private static final String ACTION = "IdCardOCRVerification";
    private static final String LIU_YANG_ID = "510107198811235038";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T04:00:00Z")); // noon, Beijing
    private static TencentSandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        ActionSettings twoADay = new ActionSettings(
                2,
                ActionSettings.defaults().pollingTimes(),
                ActionSettings.defaults().pollingWaitSeconds(),
                ActionSettings.defaults().tokenTtlSeconds());
        sandbox = TencentSandbox.start(SandboxConfig.defaults().withPort(0).withActions(twoADay), CLOCK);
        client = new SandboxClient(sandbox, CLOCK);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void answersMinusSevenOnceAnIdentityHasUsedUpTodaysAttempts() {
        assertThat(verify("李明", TestCards.LI_MING_ID).get("Result").asText()).isEqualTo("0");
        assertThat(verify("王芳", TestCards.LI_MING_ID).get("Result").asText()).isEqualTo("-1");

        JsonNode third = verify("李明", TestCards.LI_MING_ID);

        assertThat(third.get("Result").asText()).isEqualTo("-7");
        assertThat(third.get("Description").asText()).isEqualTo("Authentication attempts exceeded the daily limit");
        assertThat(Ledgers.entry(sandbox, third).billable()).isFalse();
        assertThat(Ledgers.entry(sandbox, third).resultCode()).isEqualTo("-7");
        // the same number read off a card counts too; other people are unaffected
        JsonNode byImage = client.post(
                ACTION,
                Map.of(
                        "ImageBase64",
                        TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.JPEG))));
        assertThat(byImage.get("Result").asText()).isEqualTo("-7");
        assertThat(verify("王芳", TestCards.WANG_FANG_ID).get("Result").asText()).isEqualTo("0");
    }

    @Test
    void clearsTheLimitAtMidnightInBeijingThoughItIsStillTheSameDayInUtc() {
        CLOCK.set(Instant.parse("2026-03-01T15:59:00Z")); // 23:59 in Beijing
        assertThat(verify("刘洋", LIU_YANG_ID).get("Result").asText()).isEqualTo("0");
        assertThat(verify("刘洋", LIU_YANG_ID).get("Result").asText()).isEqualTo("0");
        assertThat(verify("刘洋", LIU_YANG_ID).get("Result").asText()).isEqualTo("-7");

        CLOCK.set(Instant.parse("2026-03-01T16:00:00Z")); // 00:00 on 2 March in Beijing, 1 March in UTC
        JsonNode nextDay = verify("刘洋", LIU_YANG_ID);

        assertThat(nextDay.get("Result").asText()).isEqualTo("0");
        assertThat(Ledgers.entry(sandbox, nextDay).billable()).isTrue();
        assertThat(Ledgers.entry(sandbox, nextDay).time()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
    }

    @Test
    void doesNotCountMalformedRequestsThatNeverReachTheAuthority() {
        for (int i = 0; i < 3; i++) {
            assertThat(verify("张伟3", TestCards.ZHANG_WEI_ID).get("Result").asText())
                    .isEqualTo("-3");
        }
        assertThat(verify("张伟", TestCards.ZHANG_WEI_ID).get("Result").asText()).isEqualTo("0");
    }

    @Test
    void refusesACardTooBlurryToRead() {
        byte[] blurred =
                CardGenerator.front(TestCards.card(TestCards.WANG_FANG_ID), ImageEncoding.JPEG, CardDefect.SEVERE_BLUR);

        assertThat(errorCode(client.post(ACTION, Map.of("ImageBase64", TestCards.base64(blurred)))))
                .isEqualTo("FailedOperation.ImageBlur");
    }

    private static JsonNode verify(String name, String idNumber) {
        return client.post(ACTION, Map.of("Name", name, "IdCard", idNumber));
    }
}
