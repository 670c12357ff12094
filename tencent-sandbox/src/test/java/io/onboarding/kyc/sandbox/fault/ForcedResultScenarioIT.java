package io.onboarding.kyc.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IdCardOCRVerification's transient -4 and -6 are reached only through the {@code result} fault. */
class ForcedResultScenarioIT extends SandboxHarness {

    @ParameterizedTest
    @ValueSource(strings = {"-4", "-6"})
    void theAuthorityOutagesAreForcedResultsAndNotBilled(String code) {
        HttpResponse<String> added = client.postJson(
                "/_sandbox/faults",
                "{\"action\":\"IdCardOCRVerification\",\"kind\":\"result\",\"code\":\"" + code + "\",\"count\":1}");
        Assumptions.assumeTrue(
                added.statusCode() == 201, "IdCardOCRVerification does not offer forced results yet: " + added.body());

        JsonNode response = client.post("IdCardOCRVerification", Map.of("IdCard", TestCards.LI_MING_ID, "Name", "李明"));

        assertThat(response.get("Result").asText()).isEqualTo(code);
        LedgerEntry entry = sandbox.ledger().calls().get(0);
        assertThat(entry.resultCode()).isEqualTo(code);
        assertThat(entry.billable()).isFalse();
    }
}
