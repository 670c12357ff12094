package io.onboarding.kyc.contract.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524198701010014", "440305199505132561", "11010519491231002x"})
    void acceptsNumbersWithTheRightCheckCharacter(String number) {
        assertThat(ResidentIdNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "11204416541220243X",
                "440524198701010015",
                "44052419870101001",
                "4405241987010100144",
                "44052419871301001X",
                "ABCDEFGHIJKLMNOPQR",
                ""
            })
    void refusesWrongCheckCharactersShapesAndImpossibleDates(String number) {
        assertThat(ResidentIdNumber.isValid(number)).isFalse();
    }

    @Test
    void theSeedsExampleWouldNeedCheckCharacterFour() {
        assertThat(ResidentIdNumber.checkCharacter("11204416541220243X")).isEqualTo('4');
    }

    @Test
    void readsTheBirthDate() {
        assertThat(ResidentIdNumber.birthDate("440305199505132561")).hasValue(LocalDate.of(1995, 5, 13));
        assertThat(ResidentIdNumber.birthDate("440305199502302561")).isEmpty();
    }
}
