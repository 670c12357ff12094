package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The devstack as an installation that keeps Tencent's first foreign-card API ({@code tencent.card-verification:
 * legacy}) and sends identity fields in plain text ({@code tencent.encryption.enabled: false}): the same samples
 * end as they do with the successor API and encryption on ({@link DevstackEndToEndIT}).
 */
class FirstCardVerificationEndToEndIT {

    private static Devstack devstack;
    private static DevstackClient client;

    @BeforeAll
    static void startDevstack() {
        TestDatabase db = TestDatabase.shared();
        devstack = Devstack.start(
                DevstackSettings.forTests(db.url(), db.user(), db.password()),
                Map.of("tencent.card-verification", "legacy", "tencent.encryption.enabled", false));
        client = new DevstackClient(devstack);
    }

    @AfterAll
    static void stopDevstack() {
        if (devstack != null) {
            devstack.close();
        }
    }

    @BeforeEach
    void clearLedger() {
        devstack.sandbox().ledger().clear();
    }

    @Test
    void aHongKongCardIsCheckedByTheFirstApi() {
        JsonNode journey = client.awaitStopped(client.start(SampleCatalogue.APPROVED_HONG_KONG));

        assertThat(journey.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(devstack.sandbox().ledger().count("ApplyCardVerification")).isEqualTo(1);
        assertThat(devstack.sandbox().ledger().count("GetCardVerificationResult"))
                .isEqualTo(3);
        assertThat(devstack.sandbox().ledger().count("ApplyCardVerificationExternal"))
                .isZero();
        assertThat(devstack.sandbox().ledger().count("GetCardVerificationExternalResult"))
                .isZero();
    }

    @Test
    void aMainlandCardIsVerifiedWithItsFieldsInPlainText() {
        JsonNode approved = client.awaitStopped(client.start(SampleCatalogue.APPROVED));
        JsonNode mismatch = client.awaitStopped(client.start(SampleCatalogue.REJECTED_NAME_MISMATCH));

        assertThat(approved.path("outcome").asText())
                .isEqualTo(SampleCatalogue.APPROVED.expected().outcome());
        assertThat(mismatch.path("outcome").asText())
                .isEqualTo(SampleCatalogue.REJECTED_NAME_MISMATCH.expected().outcome());
        assertThat(mismatch.path("reasons").toString()).contains("ID_NAME_MISMATCH");
        assertThat(devstack.sandbox().ledger().count("IdCardOCRVerification")).isEqualTo(2);
    }
}
