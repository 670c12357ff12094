package io.onboarding.kyc.sandbox.fault;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.SandboxHarness;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error code the API pages document for an action can be made to come back through an {@code error} fault,
 * as the service would send it: HTTP 200, the envelope, the documented description, not billed.
 */
class DocumentedErrorsReachableIT extends SandboxHarness {

    static Stream<Arguments> documentedCodes() {
        return DocumentedErrors.actions().stream()
                .sorted()
                .flatMap(action ->
                        DocumentedErrors.codes(action).stream().sorted().map(code -> Arguments.of(action, code)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documentedCodes")
    void everyDocumentedCodeCanBeInjected(String action, String code) {
        HttpResponse<String> added = client.postJson(
                "/_sandbox/faults",
                "{\"action\":\"" + action + "\",\"kind\":\"error\",\"code\":\"" + code + "\",\"count\":1}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        // An empty request is well-formed enough to reach the service, where the fault stands in for it.
        JsonNode response = client.post(action, Map.of());

        assertThat(errorCode(response)).isEqualTo(code);
        assertThat(response.path("Error").path("Message").asText())
                .isEqualTo(DocumentedErrors.description(action, code).orElseThrow());
        assertThat(sandbox.ledger().calls()).singleElement().satisfies(entry -> {
            assertThat(entry.resultCode()).isEqualTo(code);
            assertThat(entry.billable()).isFalse();
        });
    }
}
