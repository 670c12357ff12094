package io.onboarding.kyc.store.vendor;

import io.onboarding.kyc.store.sealing.Sealer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The audit of vendor calls, and the billable answers already paid for. */
@Singleton
public class VendorCallStore {

    private final VendorCallRepository calls;
    private final Sealer sealer;

    public VendorCallStore(VendorCallRepository calls, Sealer sealer) {
        this.calls = calls;
        this.sealer = sealer;
    }

    /**
     * Records a call.
     *
     * @param answer the answer to keep for reuse when the call was billable (sealed before storing), else null
     */
    public void record(VendorCall call, byte[] answer) {
        byte[] sealed =
                answer == null ? null : sealer.seal(context(call.journeyId(), call.action(), call.subject()), answer);
        calls.save(new VendorCall(
                null,
                call.journeyId(),
                call.step(),
                call.subject(),
                call.attempt(),
                call.action(),
                call.requestId(),
                call.resultCode(),
                call.billable(),
                call.latencyMs(),
                call.calledAt(),
                sealed,
                sealed == null ? null : sealer.keyId()));
    }

    /** The answer of the first billable call about this subject in this journey, opened. */
    public Optional<byte[]> paidAnswer(String journeyId, String action, String subject) {
        return calls.findFirstByJourneyIdAndActionAndSubjectAndBillableOrderByIdAsc(journeyId, action, subject, true)
                .filter(call -> call.sealedAnswer() != null)
                .map(call -> sealer.open(context(journeyId, action, subject), call.keyId(), call.sealedAnswer()));
    }

    public List<VendorCall> forJourney(String journeyId) {
        return calls.findByJourneyIdOrderByIdAsc(journeyId);
    }

    private static String context(String journeyId, String action, String subject) {
        return "vendor answer " + journeyId + "/" + action + "/" + subject;
    }
}
