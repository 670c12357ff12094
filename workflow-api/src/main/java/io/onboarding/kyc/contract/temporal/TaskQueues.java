package io.onboarding.kyc.contract.temporal;

/**
 * Task queues. Each Tencent product has its own, so that its quota can be enforced cluster-wide with a
 * task-queue activity rate limit without slowing the other product.
 */
public final class TaskQueues {

    public static final String JOURNEYS = "kyc-journeys";
    public static final String TENCENT_OCR = "kyc-tencent-ocr";
    public static final String TENCENT_FACEID = "kyc-tencent-faceid";
    /**
     * The successor card verification ({@code ApplyCardVerificationExternal} and its result), on the OCR
     * product but with a quota of its own (20 results a second).
     */
    public static final String TENCENT_CARD_VERIFICATION = "kyc-tencent-card-verification";
    /** Callback deliveries: a slow or dead receiver holds only these slots, never a journey's. */
    public static final String CALLBACKS = "kyc-callbacks";

    private TaskQueues() {}
}
