package io.onboarding.kyc.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.kyc.sandbox.Identity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleCardsTest {

    @Test
    void derivesBirthSexAndValidityFromTheIdNumber() {
        MainlandIdCard wangFang = SampleCards.of(new Identity("王芳", "440305199505132561", "subject-wang-fang"));

        assertThat(wangFang.birth()).isEqualTo(LocalDate.of(1995, 5, 13));
        assertThat(wangFang.sex()).isEqualTo("女");
        assertThat(wangFang.validUntil()).isEqualTo(SampleCards.ISSUED.plusYears(10)); // 25 at issue: ten years
        assertThat(wangFang.portraitSubject()).isEqualTo("subject-wang-fang");

        MainlandIdCard liMing = SampleCards.of(new Identity("李明", "440524198701010014", "subject-li-ming"));
        assertThat(liMing.sex()).isEqualTo("男");

        MainlandIdCard zhangWei = SampleCards.of(new Identity("张伟", "11010519491231002X", "subject-zhang-wei"));
        assertThat(zhangWei.validUntil()).isNull(); // over 45 at issue: no expiry
        assertThat(zhangWei.printedValidity()).endsWith("-长期");
    }

    @Test
    void refusesNumbersWithoutABirthDate() {
        assertThatThrownBy(() -> SampleCards.of(new Identity("李明", "123", "s")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleCards.of(new Identity("李明", "440524198713010014", "s")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
