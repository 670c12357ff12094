package io.onboarding.kyc.sandbox.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.sandbox.IdentityRegistry;
import io.onboarding.kyc.sandbox.MutableClock;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Result values fault injection can force (through {@link Action#forcedResult}), and the daily limit's Beijing
 * day, driven with a controlled clock. Over HTTP these are the other engineer's fault API; here the actions answer
 * directly.
 */
class ForcedResultsTest {

    private static final ActionRegistry ACTIONS =
            ActionRegistry.defaults(IdentityRegistry.defaults(), new ImageDownloader(), ActionSettings.defaults());

    @ParameterizedTest(name = "{0} billed={2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0; Name and identity card number match; true",
                "-1; Name and ID card number mismatch; true",
                "-2; Invalid ID number (incorrect length, check digit, etc.); false",
                "-3; Invalid name (incorrect length or format); false",
                "-4; Document library service exception; false",
                "-5; No ID card record found in the document library; false",
                "-6; The authoritative comparison system is being upgraded. Try again later; false",
                "-7; Authentication attempts exceeded the daily limit; false",
            })
    void forcesEveryIdCardOcrVerificationResult(String code, String description, boolean billable) {
        ActionResult result = forced(
                        "IdCardOCRVerification", code, "{\"Name\":\"李明\",\"IdCard\":\"" + TestCards.LI_MING_ID + "\"}")
                .orElseThrow();

        assertThat(result.fields().get("Result").asText()).isEqualTo(code);
        assertThat(result.fields().get("Description").asText()).isEqualTo(description);
        assertThat(result.fields().get("Name").asText()).isEqualTo("李明");
        assertThat(result.fields().get("IdCard").asText()).isEqualTo(TestCards.LI_MING_ID);
        assertThat(result.resultCode()).isEqualTo(code);
        assertThat(result.billable()).isEqualTo(billable);
    }

    @Test
    void fillsTheOcrFieldsFromAnImageWhenForcing() {
        String body = "{\"ImageBase64\":\""
                + TestCards.base64(TestCards.front(TestCards.card(TestCards.WANG_FANG_ID), ImageEncoding.JPEG)) + "\"}";

        ActionResult result = forced("IdCardOCRVerification", "-6", body).orElseThrow();

        assertThat(result.fields().get("Name").asText()).isEqualTo("王芳");
        assertThat(result.fields().get("Sex").asText()).isEqualTo("女");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "FailedOperation.CompareFail, false",
        "FailedOperation.CompareLowSimilarity, true",
        "FailedOperation.CompareSystemError, false",
        "FailedOperation.IdPhotoSystemNoanswer, false",
        "FailedOperation.LifePhotoDetectFake, false",
        "FailedOperation.IdNameMisMatch, true",
    })
    void forcesCheckIdCardInformationResults(String code, boolean billable) {
        String body = "{\"ImageBase64\":\""
                + TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.PNG)) + "\"}";

        ActionResult result = forced("CheckIdCardInformation", code, body).orElseThrow();

        assertThat(result.fields().get("Result").asText()).isEqualTo(code);
        assertThat(result.fields().get("Sim").decimalValue().signum()).isZero();
        assertThat(result.fields().get("IdNum").asText()).isEqualTo(TestCards.LI_MING_ID);
        assertThat(result.billable()).isEqualTo(billable);
    }

    @Test
    void acceptsResultsOnlyOfTheirOwnAction() {
        // the fault API validates a code this way: with an empty request
        assertThat(forced("IdCardOCRVerification", "-4", "{}")).isPresent();
        assertThat(forced("CheckIdCardInformation", "FailedOperation.CompareFail", "{}"))
                .isPresent();
        assertThat(forced("IdCardOCRVerification", "-8", "{}")).isEmpty();
        assertThat(forced("IdCardOCRVerification", "FailedOperation.CompareFail", "{}"))
                .isEmpty();
        assertThat(forced("CheckIdCardInformation", "Success", "{}")).isEmpty();
        assertThat(forced("RecognizeMainlandIDCardOCR", "-9101", "{}")).isEmpty();
        assertThat(forced("GetCardVerificationResult", "PROCESSING", "{}")).isEmpty();
        assertThat(forced("GetCardVerificationExternalResult", "ABNORMAL", "{}"))
                .isPresent();
        assertThat(forced("GetCardVerificationExternalResult", "COMPLETED", "{}"))
                .isPresent();
        assertThat(forced("GetCardVerificationExternalResult", "-4", "{}")).isEmpty();
        assertThat(forced("GetCardVerificationExternalResult", "Abnormal", "{}"))
                .isEmpty();
    }

    @Test
    void clearsTheDailyLimitAtMidnightInBeijing() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T15:59:00Z")); // 23:59 in Beijing
        ActionSettings oneADay = new ActionSettings(1, 5, 1, 3600);
        Action action = ActionRegistry.defaults(IdentityRegistry.defaults(), new ImageDownloader(), oneADay, clock)
                .find("IdCardOCRVerification")
                .orElseThrow();
        String body = "{\"Name\":\"张伟\",\"IdCard\":\"" + TestCards.ZHANG_WEI_ID + "\"}";

        assertThat(result(action, body)).isEqualTo("0");
        assertThat(result(action, body)).isEqualTo("-7");
        clock.set(Instant.parse("2026-03-01T16:00:00Z")); // midnight in Beijing, still 1 March in UTC
        assertThat(result(action, body)).isEqualTo("0");
        assertThat(result(action, body)).isEqualTo("-7");
    }

    private static String result(Action action, String body) {
        return action.handle(ActionCall.parse(action.spec(), body.getBytes(StandardCharsets.UTF_8)))
                .fields()
                .get("Result")
                .asText();
    }

    private static Optional<ActionResult> forced(String actionName, String code, String body) {
        Action action = ACTIONS.find(actionName).orElseThrow();
        return action.forcedResult(code, ActionCall.parse(action.spec(), body.getBytes(StandardCharsets.UTF_8)));
    }
}
