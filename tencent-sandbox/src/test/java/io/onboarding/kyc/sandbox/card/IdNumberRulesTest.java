package io.onboarding.kyc.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524198701010014", "440305199505132561", "11010519491231002x"})
    void acceptsNumbersWhoseCheckCharacterMatches(String idNumber) {
        assertThat(IdNumberRules.isValid(idNumber)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "11204416541220243X",
                "440524198701010015",
                "44052419870101001",
                "4405241987010100144",
                "44052419870101001A",
                "4405241987O1010014",
                ""
            })
    void rejectsWrongCheckCharacterLengthOrDigits(String idNumber) {
        assertThat(IdNumberRules.isValid(idNumber)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(IdNumberRules.isValid(null)).isFalse();
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(IdNumberRules.checkCharacter("11204416541220243")).isEqualTo('4');
        assertThat(IdNumberRules.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThatThrownBy(() -> IdNumberRules.checkCharacter("1234")).isInstanceOf(IllegalArgumentException.class);
    }
}
