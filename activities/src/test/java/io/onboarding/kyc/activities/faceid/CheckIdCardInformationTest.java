package io.onboarding.kyc.activities.faceid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckIdCardInformationTest {

    @Test
    void readsTheWarningsTencentJoinsWithBars() {
        assertThat(response("-9101|-9102").warningCodes()).containsExactly("-9101", "-9102");
        assertThat(response("-9101").warningCodes()).containsExactly("-9101");
        assertThat(response("").warningCodes()).isEmpty();
        assertThat(response(null).warningCodes()).isEmpty();
    }

    private static CheckIdCardInformation.Response response(String warnings) {
        return new CheckIdCardInformation.Response(
                0.0, "FailedOperation.OcrWarningOccurred", "", "", "", "", "", "", "", "", warnings, 99.0, "r");
    }
}
