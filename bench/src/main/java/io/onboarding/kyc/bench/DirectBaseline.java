package io.onboarding.kyc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.activities.faceid.CheckIdCardInformation;
import io.onboarding.kyc.activities.faceid.IdCardOcrVerification;
import io.onboarding.kyc.activities.ocr.RecognizeMainlandIdCardOcr;
import io.onboarding.kyc.activities.tencent.TencentClient;
import io.onboarding.kyc.activities.tencent.TencentSettings;
import io.onboarding.kyc.activities.tencent.TencentSite;
import io.onboarding.kyc.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What a mainland journey's vendor calls take with nothing around them: the same actions, in sequence, through the
 * project's own Tencent client (TC3-signed, as the activities send them) against the sandbox, without Temporal, a
 * worker or a database. The latency scenario's journeys are measured against it.
 */
final class DirectBaseline {

    /** The actions of one approved mainland journey, in the order the baseline calls them. */
    static final List<String> ACTIONS = List.of(
            RecognizeMainlandIdCardOcr.ACTION.name(),
            RecognizeMainlandIdCardOcr.ACTION.name(),
            IdCardOcrVerification.ACTION.name(),
            CheckIdCardInformation.ACTION.name());

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TencentClient client;

    DirectBaseline(String sandboxUrl) {
        // the client logs every call at INFO, which would bury the bench's own output; its failures still show
        if (LoggerFactory.getLogger(TencentClient.class) instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        URI sandbox = URI.create(sandboxUrl);
        this.client = new TencentClient(new TencentSettings(
                SandboxConfig.DEV_SECRET_ID,
                SandboxConfig.DEV_SECRET_KEY,
                null,
                TencentSite.INTL,
                sandbox,
                null,
                sandbox,
                "ap-singapore",
                "en-US",
                Duration.ofSeconds(5),
                Duration.ofSeconds(20)));
    }

    /** One journey's calls for the card in a start body ({@link StartBodies}); how long they took in all. */
    Duration journey(String startBody) {
        JsonNode document = parse(startBody).path("document");
        String front = document.path("front").path("imageBase64").asText();
        String back = document.path("back").path("imageBase64").asText();
        long begin = System.nanoTime();
        RecognizeMainlandIdCardOcr.Response read = client.call(
                        RecognizeMainlandIdCardOcr.ACTION,
                        new RecognizeMainlandIdCardOcr.Request(front, null, "FRONT", null, null))
                .body();
        client.call(
                RecognizeMainlandIdCardOcr.ACTION,
                new RecognizeMainlandIdCardOcr.Request(back, null, "BACK", null, null));
        client.call(
                IdCardOcrVerification.ACTION, IdCardOcrVerification.Request.byNameAndNumber(read.name(), read.idNum()));
        client.call(CheckIdCardInformation.ACTION, CheckIdCardInformation.Request.of(front));
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
