package io.onboarding.kyc.contract.faceid;

/**
 * The answer of {@code CheckIdCardInformation}.
 *
 * @param resultCode Tencent's {@code Result}: {@code Success}, or the {@code FailedOperation.*} code
 *                   that stopped the comparison; kept for the audit trail, never decided on
 * @param similarity 0–100; 0 whenever the comparison did not run
 * @param result     what the answer means; histories recorded before this field existed carry only
 *                   {@code resultCode}, so a missing one is derived from it
 */
public record PortraitComparison(
        String requestId, String resultCode, double similarity, PortraitComparisonResult result) {

    public PortraitComparison {
        if (result == null) {
            result = PortraitComparisonResult.ofTencentResult(resultCode);
        }
    }

    /** Tencent's answer, translated at the activity boundary. */
    public static PortraitComparison of(String requestId, String tencentResult, double similarity) {
        return new PortraitComparison(
                requestId, tencentResult, similarity, PortraitComparisonResult.ofTencentResult(tencentResult));
    }

    public boolean compared() {
        return result == PortraitComparisonResult.COMPARED;
    }
}
