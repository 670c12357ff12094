package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.TencentSandbox;

/** Finds the ledger entry of a response, to check what the sandbox billed and recorded for it. */
final class Ledgers {

    private Ledgers() {}

    static LedgerEntry entry(TencentSandbox sandbox, JsonNode response) {
        String requestId = response.get("RequestId").asText();
        return sandbox.ledger().calls().stream()
                .filter(call -> call.requestId().equals(requestId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ledger entry for " + requestId));
    }
}
