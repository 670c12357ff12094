package io.onboarding.kyc.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiMaskTest {

    @Test
    void anIdNumberShowsWhatTencentsOwnExampleShows() {
        // RecognizeMainlandIDCardOCR's output example answers 41290*******291716
        assertThat(PiiMask.idNumber("412903199001291716")).isEqualTo("41290*******291716");
        assertThat(PiiMask.idNumber("11010519491231002X")).isEqualTo("11010*******31002X");
    }

    @Test
    void aLegacyFifteenDigitNumberHidesTheSameFields() {
        // 110105 491231 002: the region's last digit and the year and month of birth are hidden
        assertThat(PiiMask.idNumber("110105491231002")).isEqualTo("11010*****31002");
    }

    @ParameterizedTest
    @CsvSource({
        "A1234563, A1****63", // a Hong Kong identity card number: a quarter at each end
        "E12345678, E1*****78", // a passport number
        "3171234567890123, 3171********0123", // an Indonesian NIK, 16 digits
        "1234, 1**4",
        "123, ***",
        "7, *"
    })
    void otherLengthsShowAtMostHalf(String number, String masked) {
        assertThat(PiiMask.idNumber(number)).isEqualTo(masked);
    }

    @Test
    void aNameShowsItsFirstCharacterAndAStarForEachOther() {
        assertThat(PiiMask.name("张三")).isEqualTo("张*");
        assertThat(PiiMask.name("欧阳娜娜")).isEqualTo("欧***");
    }

    @Test
    void aOneCharacterNameIsAllStar() {
        assertThat(PiiMask.name("李")).isEqualTo("*");
        assertThat(PiiMask.name("\uD842\uDFB7")).isEqualTo("*");
    }

    @Test
    void aForeignNameMasksItsSpacesToo() {
        assertThat(PiiMask.name("Wei Xiaobao")).isEqualTo("W**********");
        assertThat(PiiMask.name("  Siti Nurhaliza ")).isEqualTo("S*************");
    }

    @Test
    void aCharacterOutsideTheBmpIsNeverCutInHalf() {
        // U+20BB7 (𠮷) is two Java chars, a surrogate pair; it stays whole or becomes one star
        assertThat(PiiMask.name("\uD842\uDFB7野家")).isEqualTo("\uD842\uDFB7**");
        assertThat(PiiMask.name("吉\uD842\uDFB7")).isEqualTo("吉*");
        assertThat(PiiMask.name("Ann\uD83D\uDE00")).isEqualTo("A***");
    }

    @Test
    void aCombiningAccentCountsWithItsLetter() {
        assertThat(PiiMask.name("E\u0301mile")).isEqualTo("E\u0301****");
        assertThat(PiiMask.name("Zoe\u0308")).isEqualTo("Z**");
    }

    @Test
    void nothingStaysNothing() {
        assertThat(PiiMask.name(null)).isNull();
        assertThat(PiiMask.name(" ")).isNull();
        assertThat(PiiMask.idNumber(null)).isNull();
        assertThat(PiiMask.idNumber("")).isNull();
    }

    @Test
    void anAlreadyMaskedNumberStaysMasked() {
        assertThat(PiiMask.idNumber("41290*******291716")).isEqualTo("41290*******291716");
    }
}
