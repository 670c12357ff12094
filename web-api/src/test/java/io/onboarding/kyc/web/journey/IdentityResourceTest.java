package io.onboarding.kyc.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.store.identity.Identity;
import io.onboarding.kyc.store.identity.JourneyIdentity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityResourceTest {

    private static final JourneyIdentity STORED =
            new JourneyIdentity(new Identity("张三", "11010519491231002X"), new Identity("张三", "11010519491231002X"));

    @Test
    void masksEverySourceUnlessToldOtherwise() {
        IdentityResource masked = IdentityResource.of(STORED, false);

        assertThat(masked.masked()).isTrue();
        assertThat(masked.declared().name()).isEqualTo("张*");
        assertThat(masked.card().idNumber()).isEqualTo("11010*******31002X");
    }

    @Test
    void aPartNoSourceGaveIsNull() {
        IdentityResource shown = IdentityResource.of(new JourneyIdentity(new Identity("张三", null), null), true);

        assertThat(shown.masked()).isFalse();
        assertThat(shown.declared().name()).isEqualTo("张三");
        assertThat(shown.declared().idNumber()).isNull();
        assertThat(shown.card()).isNull();
    }

    @Test
    void aJourneyPrintsNoIdentityEvenInClear() {
        Instant now = Instant.now();
        JourneyResource journey = new JourneyResource(
                "jny_1",
                "crm-1",
                "RUNNING",
                null,
                null,
                List.of(),
                null,
                List.of(),
                now,
                now,
                IdentityResource.of(STORED, true));

        assertThat(journey.toString()).doesNotContain("张", "11010", "31002X");
        assertThat(journey.identity().declared().toString()).doesNotContain("张", "11010");
    }
}
