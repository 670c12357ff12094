package io.onboarding.kyc.worker.policy;

import io.onboarding.kyc.contract.faceid.IdVerification;

/** The authority's answer on name and ID number. */
public final class IdVerificationPolicy {

    public Finding evaluate(IdVerification verification) {
        return switch (verification.result()) {
            case MATCH -> Finding.pass();
            case MISMATCH -> Finding.reject("ID_NAME_MISMATCH");
            case INVALID_ID_NUMBER -> Finding.reject("ID_NUMBER_INVALID");
            case INVALID_NAME -> Finding.reject("NAME_INVALID");
            // A new card may not have reached the authority's records yet: a person should look.
            case NO_RECORD -> Finding.review("ID_NOT_FOUND");
            // Reached only once the journey has waited out the daily limit as often as the policy allows.
            case DAILY_LIMIT_REACHED -> Finding.review("ID_VERIFICATION_DAILY_LIMIT");
        };
    }
}
