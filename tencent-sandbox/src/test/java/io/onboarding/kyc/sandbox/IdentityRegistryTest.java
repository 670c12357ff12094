package io.onboarding.kyc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.kyc.sandbox.card.IdNumberRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityRegistryTest {

    @Test
    void defaultRegistryHoldsSyntheticIdentitiesWithValidNumbers() {
        IdentityRegistry registry = IdentityRegistry.defaults();

        assertThat(registry.all()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(registry.all()).allSatisfy(identity -> {
            assertThat(IdNumberRules.isValid(identity.idNumber()))
                    .as("check character")
                    .isTrue();
            assertThat(identity.name()).isNotBlank();
            assertThat(identity.portraitSubject()).startsWith("subject-");
        });
        assertThat(registry.byIdNumber("440524198701010014"))
                .get()
                .extracting(Identity::name)
                .isEqualTo("李明");
        assertThat(registry.byIdNumber("440305199505132561"))
                .get()
                .extracting(Identity::portraitSubject)
                .isEqualTo("subject-wang-fang");
    }

    @Test
    void findsANumberWhateverTheCaseOfItsCheckCharacter() {
        IdentityRegistry registry = IdentityRegistry.defaults();

        assertThat(registry.byIdNumber("11010519491231002x"))
                .get()
                .extracting(Identity::name)
                .isEqualTo("张伟");
        assertThat(registry.byIdNumber("110105194912310021")).isEmpty();
        assertThat(registry.byIdNumber(null)).isEmpty();
    }

    @Test
    void refusesTheSameNumberTwice() {
        assertThatThrownBy(() -> IdentityRegistry.of(List.of(
                        new Identity("甲", "440524198701010014", "a"), new Identity("乙", "440524198701010014", "b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
