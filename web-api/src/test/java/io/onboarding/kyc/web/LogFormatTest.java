package io.onboarding.kyc.web;

import io.onboarding.kyc.testing.LogFormatContract;
import org.junit.jupiter.api.parallel.Isolated;

/** The web API's logback.xml keeps {@link LogFormatContract}'s promises. */
@Isolated
class LogFormatTest extends LogFormatContract {

    @Override
    protected String loggerName() {
        return "io.onboarding.kyc.web.Example";
    }
}
