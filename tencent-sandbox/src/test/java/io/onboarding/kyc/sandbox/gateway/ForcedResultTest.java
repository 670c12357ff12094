package io.onboarding.kyc.sandbox.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import io.onboarding.kyc.sandbox.action.Action;
import io.onboarding.kyc.sandbox.action.ActionCall;
import io.onboarding.kyc.sandbox.action.ActionRegistry;
import io.onboarding.kyc.sandbox.action.ActionResult;
import io.onboarding.kyc.sandbox.action.ActionSpec;
import io.onboarding.kyc.sandbox.action.ParameterType;
import io.onboarding.kyc.sandbox.action.Product;
import io.onboarding.kyc.sandbox.action.RegionRule;
import io.onboarding.kyc.sandbox.auth.CredentialStore;
import io.onboarding.kyc.sandbox.fault.FaultInjector;
import io.onboarding.kyc.sandbox.fault.FaultKind;
import io.onboarding.kyc.sandbox.fault.FaultSpec;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.quota.RequestQuotas;
import io.onboarding.kyc.tencent.signing.Tc3Request;
import io.onboarding.kyc.tencent.signing.Tc3Signer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@code result} fault kind through the gateway, against a stand-in action whose Result values are known:
 * the mechanism is tested here whatever the real actions implement.
 */
class ForcedResultTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String ACTION = "VerifySomething";

    /** Answers 0 (billed), and can be made to answer -4 (not billed); nothing else. */
    private static final class StandIn implements Action {

        private static final ActionSpec SPEC = new ActionSpec(
                ACTION, Product.FACEID, "2018-03-01", RegionRule.none(), Map.of("IdCard", ParameterType.STRING));

        @Override
        public ActionSpec spec() {
            return SPEC;
        }

        @Override
        public ActionResult handle(ActionCall call) {
            return result("0", true);
        }

        @Override
        public Optional<ActionResult> forcedResult(String resultCode, ActionCall call) {
            return resultCode.equals("-4") ? Optional.of(result("-4", false)) : Optional.empty();
        }

        private static ActionResult result(String code, boolean billable) {
            ObjectNode fields = Envelope.JSON.createObjectNode().put("Result", code);
            return new ActionResult(fields, code, billable);
        }
    }

    private final ActionRegistry actions = new ActionRegistry(List.of(new StandIn()));
    private final FaultInjector faults = new FaultInjector(actions, () -> 0.5);
    private final Gateway gateway = new Gateway(
            new CredentialStore(Map.of("AKIDtest", "key"), List.of()),
            Clock.fixed(NOW, ZoneOffset.UTC),
            actions,
            new RequestQuotas(Map.of()),
            faults,
            Map.of(),
            new Lifetime());

    private static ReceivedRequest call() {
        byte[] body = "{\"IdCard\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        Headers headers = new Headers();
        headers.add("Host", "127.0.0.1:9080");
        headers.add("Content-Type", "application/json");
        headers.add("X-TC-Action", ACTION);
        headers.add("X-TC-Version", "2018-03-01");
        headers.add("X-TC-Timestamp", Long.toString(NOW.getEpochSecond()));
        headers.add(
                "Authorization",
                Tc3Signer.authorization(
                        "AKIDtest",
                        "key",
                        new Tc3Request(
                                "POST",
                                "",
                                "application/json",
                                "127.0.0.1:9080",
                                body,
                                NOW.getEpochSecond(),
                                "faceid")));
        return new ReceivedRequest("POST", "", headers, body, false);
    }

    @Test
    void answersTheForcedResultWithItsOwnBilling() {
        faults.add(new FaultSpec(ACTION, FaultKind.RESULT, "-4", null, null, 1));

        CallOutcome forced = gateway.answer(call(), "req-1");
        CallOutcome normal = gateway.answer(call(), "req-2");

        assertThat(forced.kind()).isEqualTo(CallOutcome.Kind.JSON);
        assertThat(forced.body().at("/Response/Result").asText()).isEqualTo("-4");
        assertThat(forced.body().at("/Response/RequestId").asText()).isEqualTo("req-1");
        assertThat(forced.resultCode()).isEqualTo("-4");
        assertThat(forced.billable()).isFalse();
        assertThat(normal.resultCode()).isEqualTo("0");
        assertThat(normal.billable()).isTrue();
    }

    @Test
    void refusesAResultValueTheActionDoesNotHave() {
        assertThatThrownBy(() -> faults.add(new FaultSpec(ACTION, FaultKind.RESULT, "-9", null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-9");
        assertThatThrownBy(() -> new FaultSpec("*", FaultKind.RESULT, "-4", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRateIsDrawnPerCall() {
        faults.add(new FaultSpec(ACTION, FaultKind.HTTP5XX, "503", 0.4, null, null)); // the draw is 0.5: never
        faults.add(new FaultSpec(ACTION, FaultKind.RESET, null, 0.6, null, null)); // always

        assertThat(gateway.answer(call(), "req").kind()).isEqualTo(CallOutcome.Kind.RESET);
    }
}
