package io.onboarding.kyc.journey;

import io.onboarding.kyc.tencent.faceid.IdVerification;

/** The authority's answer on name and ID number, as a check. */
public final class IdVerificationPolicy {

    public CheckResult evaluate(IdVerification verification) {
        return switch (verification.result()) {
            case MATCH -> CheckResult.pass();
            case MISMATCH -> CheckResult.fail("ID_NAME_MISMATCH");
            case INVALID_ID_NUMBER -> CheckResult.fail("ID_NUMBER_INVALID");
            case INVALID_NAME -> CheckResult.fail("NAME_INVALID");
            case NO_RECORD -> CheckResult.fail("ID_NOT_FOUND");
            case DAILY_LIMIT_REACHED -> CheckResult.fail("ID_VERIFICATION_DAILY_LIMIT");
        };
    }
}
