package io.onboarding.kyc.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.sandbox.Identity;
import io.onboarding.kyc.sandbox.IdentityRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DistinctIdentitiesTest {

    @Test
    void everyIdentityHasAValidNumberOfItsOwnAndAValidCard() {
        Set<String> shipped = IdentityRegistry.defaults().all().stream()
                .map(Identity::idNumber)
                .collect(Collectors.toSet());

        List<Identity> identities = DistinctIdentities.generate(2_000, 15, shipped);

        assertThat(identities).hasSize(2_000);
        assertThat(identities.stream().map(Identity::idNumber).distinct()).hasSize(2_000);
        assertThat(identities.stream().map(Identity::portraitSubject).distinct())
                .hasSize(2_000);
        for (Identity identity : identities) {
            assertThat(IdNumberRules.isValid(identity.idNumber()))
                    .as("check character")
                    .isTrue();
            assertThat(shipped).doesNotContain(identity.idNumber());
            MainlandIdCard card = SampleCards.of(identity);
            assertThat(card.validUntil()).as("a card that does not expire soon").isAfter(LocalDate.of(2030, 1, 1));
        }
        // a registry takes them as they are
        assertThat(IdentityRegistry.of(identities).all()).hasSize(2_000);
    }

    @Test
    void theSameSeedGivesTheSameIdentities() {
        assertThat(DistinctIdentities.generate(50, 7, Set.of()))
                .isEqualTo(DistinctIdentities.generate(50, 7, Set.of()));
        assertThat(DistinctIdentities.generate(50, 7, Set.of()))
                .isNotEqualTo(DistinctIdentities.generate(50, 8, Set.of()));
    }
}
