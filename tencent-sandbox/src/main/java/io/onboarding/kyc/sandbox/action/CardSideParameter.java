package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.util.Optional;

/** The OCR actions' {@code CardSide}: FRONT, BACK, or absent (the service works the side out itself). */
final class CardSideParameter {

    private CardSideParameter() {}

    static Optional<SandboxCardSide> of(ActionCall call) {
        Optional<String> value = call.string("CardSide").filter(side -> !side.isEmpty());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SandboxCardSide.valueOf(value.get()));
        } catch (IllegalArgumentException e) {
            throw new ApiError(ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT, "CardSide must be FRONT or BACK.");
        }
    }
}
