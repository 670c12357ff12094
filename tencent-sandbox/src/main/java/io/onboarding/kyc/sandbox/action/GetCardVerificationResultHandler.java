package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Polls a card verification. {@code PROCESSING} carries no findings yet; the verdict carries them every time it
 * is asked for again. Never billed: the verification was billed when it was applied for.
 */
final class GetCardVerificationResultHandler implements Action {

    private static final ActionSpec SPEC = new ActionSpec(
            "GetCardVerificationResult",
            Product.FACEID,
            "2018-03-01",
            RegionRule.oneOf(ApplyCardVerificationHandler.REGIONS),
            Map.of("CardVerificationToken", ParameterType.STRING));
    static final String PROCESSING = "PROCESSING";

    private final CardVerifications verifications;

    GetCardVerificationResultHandler(CardVerifications verifications) {
        this.verifications = verifications;
    }

    /**
     * Tencent's page lists {@code IDVerificationToken} in the output without saying how it is made; the sandbox
     * derives one per verification (an upper-case UUID, like the card verification token), so every poll of the
     * same verdict answers the same token and no two verifications share one.
     */
    static String idVerificationToken(String cardVerificationToken) {
        return UUID.nameUUIDFromBytes(("IDVerificationToken:" + cardVerificationToken).getBytes(StandardCharsets.UTF_8))
                .toString()
                .toUpperCase(Locale.ROOT);
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        String token = call.string("CardVerificationToken")
                .orElseThrow(() -> ApiError.missingParameter("CardVerificationToken"));
        CardVerifications.Poll poll = verifications.poll(token);
        CardVerifications.Outcome outcome = poll.outcome();
        outcome.document().ifPresent(document -> call.concernsDocument(document.country(), document.number()));
        ObjectNode out = Envelope.JSON.createObjectNode();
        if (poll.processing()) {
            out.put("Status", PROCESSING);
            out.putArray("WarnInfo");
            out.put("Nationality", "");
            out.put("CardType", "");
            out.put("CardSubType", "");
            out.putNull("CardInfo");
            out.put("IDVerificationToken", "");
            return new ActionResult(out, PROCESSING, false);
        }
        out.put("Status", outcome.status());
        ArrayNode warnInfo = out.putArray("WarnInfo");
        outcome.warnInfo().forEach(warnInfo::add);
        out.put("Nationality", outcome.nationality());
        out.put("CardType", outcome.cardType());
        out.put("CardSubType", outcome.cardSubType());
        if (outcome.cardInfo() == null) {
            out.putNull("CardInfo");
        } else {
            out.set("CardInfo", outcome.cardInfo().deepCopy());
        }
        out.put("IDVerificationToken", idVerificationToken(token));
        return new ActionResult(out, outcome.status(), false);
    }
}
