package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.SandboxClient;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.ForeignCardGenerator;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.SampleForeignCards;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A caller of one of Tencent's two card-verification pairs over HTTP: both take the same application parameters and
 * are polled the same way, under their own action names.
 */
record CardVerificationRequests(SandboxClient client, String applyAction, String resultAction) {

    /** Generated sides by country and type: drawing a card is slow, and the tests send the same ones often. */
    private static final Map<String, byte[]> IMAGES = new ConcurrentHashMap<>();

    JsonNode apply(String nationality, String type, byte[] front, byte[] back) {
        return client.post(applyAction, parameters(nationality, type, front, back));
    }

    static Map<String, Object> parameters(String nationality, String type, byte[] front, byte[] back) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("Nationality", nationality);
        parameters.put("CardType", type);
        parameters.put("ImageBase64Front", TestCards.base64(front));
        if (back != null) {
            parameters.put("ImageBase64Back", TestCards.base64(back));
        }
        return parameters;
    }

    JsonNode poll(String token) {
        return client.post(resultAction, Map.of("CardVerificationToken", token));
    }

    /** Polls until the verdict, as a client following Tencent's polling advice would. */
    JsonNode verdict(String token) {
        for (int i = 0; i < 10; i++) {
            JsonNode response = poll(token);
            if (!response.get("Status").asText().equals("PROCESSING")) {
                return response;
            }
        }
        throw new AssertionError("no verdict after 10 polls");
    }

    static byte[] front(IssuingCountry country, ForeignDocumentType type) {
        return IMAGES.computeIfAbsent(
                "front/" + country + "/" + type,
                key -> ForeignCardGenerator.front(SampleForeignCards.of(country, type), ImageEncoding.JPEG));
    }

    static byte[] back(IssuingCountry country, ForeignDocumentType type) {
        return IMAGES.computeIfAbsent(
                "back/" + country + "/" + type,
                key -> ForeignCardGenerator.back(SampleForeignCards.of(country, type), ImageEncoding.JPEG));
    }
}
