package io.onboarding.kyc.contract.faceid;


/**
 * The answer of {@code CheckIdCardInformation}.
 *
 * @param resultCode Tencent's {@code Result}: {@code Success}, or the {@code FailedOperation.*} code
 *                   that stopped the comparison
 * @param similarity 0–100; 0 whenever the comparison did not run
 */
public record PortraitComparison(String requestId, String resultCode, double similarity) {

    public static final String SUCCESS = "Success";

    public boolean compared() {
        return SUCCESS.equals(resultCode);
    }
}
