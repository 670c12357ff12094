package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Polls a verification started by ApplyCardVerificationExternal (OCR 2018-11-19, {@code ap-singapore} only, 20
 * requests per second). {@code PROCESSING} carries no findings yet; the verdict carries them every time it is asked
 * for again. Never billed: the verification was billed when it was applied for.
 *
 * <p>Tencent's page lists the Status values PASSED, PROCESSING and WARNING, which is what the sandbox answers on its
 * own; its SDKs list PROCESSING, ABNORMAL and COMPLETED. A client must cope with both and with values neither
 * lists, so a {@code result} fault forces any upper-case Status (e.g. {@code ABNORMAL}, {@code COMPLETED}) on the
 * next poll, with the verification's findings when the token is known.
 */
final class GetCardVerificationExternalResultHandler implements Action {

    static final String PROCESSING = "PROCESSING";
    private static final String TOKEN = "CardVerificationToken";
    private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z_]*");
    private static final ActionSpec SPEC = new ActionSpec(
            "GetCardVerificationExternalResult",
            Product.OCR,
            ApplyCardVerificationExternalHandler.VERSION,
            RegionRule.oneOf(ApplyCardVerificationExternalHandler.REGION),
            Map.of(TOKEN, ParameterType.STRING));

    private final CardVerifications verifications;

    GetCardVerificationExternalResultHandler(CardVerifications verifications) {
        this.verifications = verifications;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        String token = call.string(TOKEN).orElseThrow(() -> ApiError.missingParameter(TOKEN));
        CardVerifications.Poll poll = verifications.poll(token);
        CardVerifications.Outcome outcome = poll.outcome();
        outcome.document().ifPresent(document -> call.concernsDocument(document.country(), document.number()));
        if (poll.processing()) {
            return new ActionResult(answer(PROCESSING, token, Optional.empty()), PROCESSING, false);
        }
        return new ActionResult(answer(outcome.status(), token, Optional.of(outcome)), outcome.status(), false);
    }

    @Override
    public Optional<ActionResult> forcedResult(String resultCode, ActionCall call) {
        if (!STATUS.matcher(resultCode).matches()) {
            return Optional.empty();
        }
        String token = call.string(TOKEN).orElse("");
        Optional<CardVerifications.Outcome> outcome = verifications.peek(token);
        outcome.flatMap(CardVerifications.Outcome::document)
                .ifPresent(document -> call.concernsDocument(document.country(), document.number()));
        return Optional.of(new ActionResult(answer(resultCode, token, outcome), resultCode, false));
    }

    /** Every member, in the page's order; without findings, nulls (and an empty WarnInfo and head image). */
    private static ObjectNode answer(String status, String token, Optional<CardVerifications.Outcome> findings) {
        ObjectNode out = Envelope.JSON.createObjectNode();
        out.put("Status", status);
        ArrayNode warnInfo = out.putArray("WarnInfo");
        findings.ifPresent(outcome -> outcome.warnInfo().forEach(warnInfo::add));
        Optional<String> nationality =
                findings.map(CardVerifications.Outcome::nationality).filter(value -> !value.isEmpty());
        if (nationality.isPresent()) {
            out.put("Nationality", nationality.get());
        } else {
            out.putNull("Nationality");
        }
        // ObjectNode.set turns an absent (null) structure into JSON null
        out.set(
                "CardInfo",
                findings.map(CardVerifications.Outcome::cardInfo)
                        .map(ObjectNode::deepCopy)
                        .orElse(null));
        out.set(
                "BackCardInfo",
                findings.map(CardVerifications.Outcome::backCardInfo)
                        .map(ObjectNode::deepCopy)
                        .orElse(null));
        out.put(TOKEN, token);
        out.put(
                "HeadImageBase64",
                findings.map(CardVerifications.Outcome::headImageBase64).orElse(""));
        return out;
    }
}
