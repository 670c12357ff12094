package io.onboarding.kyc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.testing.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The support record in PostgreSQL: kept in order, cut to fit, and never rewritten. */
@MicronautTest(transactional = false)
class SupportActionsIT extends StoreTest {

    @Inject
    SupportActions actions;

    @Inject
    JourneyStore journeys;

    @Test
    void keepsAJourneysActionsInOrderAndRefusesToRewriteThem() throws SQLException {
        String journeyId = journey();

        actions.record(journeyId, "desk-1", SupportAction.Kind.REVIEW_CLAIMED, null);
        actions.record(journeyId, "desk-1", SupportAction.Kind.REVIEW_REJECTED, "x".repeat(600));

        assertThat(actions.of(journeyId))
                .extracting(SupportAction::kind)
                .containsExactly(SupportAction.Kind.REVIEW_CLAIMED, SupportAction.Kind.REVIEW_REJECTED);
        assertThat(actions.of(journeyId).get(1).detail()).hasSize(512).endsWith("…");
        try (Connection db = TestDatabase.shared().connect();
                PreparedStatement rewrite =
                        db.prepareStatement("UPDATE support_action SET actor = 'someone-else' WHERE journey_id = ?")) {
            rewrite.setString(1, journeyId);
            assertThatThrownBy(rewrite::executeUpdate).hasMessageContaining("append-only");
        }
        assertThat(actions.of(journeyId)).extracting(SupportAction::actor).containsOnly("desk-1");
    }

    private String journey() {
        String journeyId = "jny_audit" + System.nanoTime();
        Instant now = Instant.now();
        journeys.create(new Journey(journeyId, "c", "CHN", "ID_CARD", "RUNNING", null, null, "", now, now, 0, null));
        return journeyId;
    }
}
