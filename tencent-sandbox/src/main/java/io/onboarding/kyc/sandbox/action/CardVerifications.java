package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The card verifications in progress, by {@code CardVerificationToken}: ApplyCardVerification settles each one's
 * outcome at once (the sandbox reads the card from its metadata) and GetCardVerificationResult reveals it after
 * the scenario's number of {@code PROCESSING} polls. Tokens expire after {@link ActionSettings#tokenTtlSeconds()}.
 */
final class CardVerifications {

    /**
     * What the verification concluded.
     *
     * @param cardInfo        null when no document was recognised
     * @param document        the document it concerned, for the ledger's identity tag; never logged
     * @param backCardInfo    what the back side shows (ApplyCardVerificationExternal only); null without one
     * @param headImageBase64 the holder's photo cut from the front when the caller asked for it
     *                        (ApplyCardVerificationExternal's ReturnHeadImage), else empty; never logged
     */
    record Outcome(
            int processingPolls,
            String status,
            List<String> warnInfo,
            String nationality,
            String cardType,
            String cardSubType,
            ObjectNode cardInfo,
            Optional<Document> document,
            ObjectNode backCardInfo,
            String headImageBase64) {

        Outcome {
            warnInfo = List.copyOf(warnInfo);
            headImageBase64 = headImageBase64 == null ? "" : headImageBase64;
        }

        /** An outcome of the Face ID pair, which reports neither a back side nor a head image. */
        Outcome(
                int processingPolls,
                String status,
                List<String> warnInfo,
                String nationality,
                String cardType,
                String cardSubType,
                ObjectNode cardInfo,
                Optional<Document> document) {
            this(processingPolls, status, warnInfo, nationality, cardType, cardSubType, cardInfo, document, null, "");
        }

        /** The image is PII: keep it out of any log line that prints an outcome. */
        @Override
        public String toString() {
            return "Outcome[processingPolls=" + processingPolls + ", status=" + status + ", warnInfo=" + warnInfo
                    + ", nationality=" + nationality + ", cardType=" + cardType + "]";
        }
    }

    /**
     * Finds the outcome of a token without counting a poll, for a Status forced by fault injection.
     *
     * @return empty for a token never issued or expired
     */
    Optional<Outcome> peek(String token) {
        return Optional.ofNullable(byToken.get(token))
                .filter(pending -> clock.instant().isBefore(pending.expires()))
                .map(Pending::outcome);
    }

    /** An issuer and a document number. */
    record Document(String country, String number) {}

    /** What one poll sees. */
    record Poll(boolean processing, Outcome outcome) {}

    private record Pending(Outcome outcome, Instant expires, AtomicInteger polls) {}

    private final Map<String, Pending> byToken = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    CardVerifications(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * Starts a verification that will end in {@code outcome}.
     *
     * @return the token to poll with
     */
    String start(Outcome outcome) {
        Instant now = clock.instant();
        byToken.values().removeIf(pending -> !now.isBefore(pending.expires())); // forget what nobody can poll
        String token = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        byToken.put(token, new Pending(outcome, now.plus(ttl), new AtomicInteger()));
        return token;
    }

    /**
     * One poll: {@code PROCESSING} until the scenario's polls are used up, then the outcome, as often as asked.
     *
     * @throws ApiError {@code InvalidParameterValue.InvalidParameterValueLimit} for a token never issued or expired
     */
    Poll poll(String token) {
        Pending pending = Optional.ofNullable(byToken.get(token))
                .orElseThrow(() -> new ApiError(
                        ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT, "The CardVerificationToken does not exist."));
        if (!clock.instant().isBefore(pending.expires())) {
            byToken.remove(token);
            throw new ApiError(ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT, "The CardVerificationToken has expired.");
        }
        int poll = pending.polls().incrementAndGet();
        return new Poll(poll <= pending.outcome().processingPolls(), pending.outcome());
    }
}
