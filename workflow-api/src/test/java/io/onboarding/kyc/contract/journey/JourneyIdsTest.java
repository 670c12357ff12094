package io.onboarding.kyc.contract.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneyIdsTest {

    @Test
    void newIdsAreWellFormedAndDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = JourneyIds.newJourneyId();
            assertThat(JourneyIds.isValid(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void workflowIdIsDerivedFromTheJourneyIdOnly() {
        String id = JourneyIds.newJourneyId();
        assertThat(JourneyIds.workflowId(id)).isEqualTo("journey-" + id);
    }

    @Test
    void refusesAnythingThatIsNotAJourneyId() {
        assertThat(JourneyIds.isValid("440524198701010014")).isFalse();
        assertThat(JourneyIds.isValid("jny_" + "A".repeat(26))).isFalse();
        assertThat(JourneyIds.isValid(null)).isFalse();
        assertThatThrownBy(() -> JourneyIds.workflowId("customer-42")).isInstanceOf(IllegalArgumentException.class);
    }
}
