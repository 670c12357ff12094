package io.onboarding.kyc.contract.temporal;

import io.temporal.common.converter.DataConverterException;

/**
 * A payload the worker will not act on: not encrypted, or sealed with no key it holds. See
 * {@link PayloadEncryptionCodec#refusingPlaintext()}. The message never holds payload content.
 */
public final class RefusedPayloadException extends DataConverterException {

    RefusedPayloadException(String message) {
        super(message);
    }
}
