package io.onboarding.kyc.worker;

import io.onboarding.kyc.testing.LogFormatContract;
import org.junit.jupiter.api.parallel.Isolated;

/** The worker's logback.xml keeps {@link LogFormatContract}'s promises. */
@Isolated
class LogFormatTest extends LogFormatContract {

    @Override
    protected String loggerName() {
        return "io.onboarding.kyc.worker.Example";
    }
}
