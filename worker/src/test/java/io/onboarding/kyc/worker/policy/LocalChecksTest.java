package io.onboarding.kyc.worker.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.contract.journey.DeclaredIdentity;
import io.onboarding.kyc.contract.ocr.IdCardOcr;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "clean card, nothing declared            | 440305199505132561 | 1995/5/13 | 2016.03.02-2036.03.02 | -    | -                  | -",
                "no expiry                               | 440305199505132561 | 1995/5/13 | 2016.03.02-长期        | -    | -                  | -",
                "no back side                            | 440305199505132561 | 1995/5/13 | -                     | -    | -                  | -",
                "declared matches, spaces and lower x    | 11010519491231002X | 1949/12/31 | -                    | 王 芳 | 11010519491231002x | -",
                "bad check character                     | 440305199505132562 | 1995/5/13 | -                     | -    | -                  | ID_NUMBER_INVALID",
                "printed birth differs from the number   | 440305199505132561 | 1995/5/14 | -                     | -    | -                  | BIRTH_DATE_MISMATCH",
                "expired yesterday                       | 440305199505132561 | 1995/5/13 | 2006.11.21-2026.11.21 | -    | -                  | CARD_EXPIRED",
                "valid through today                     | 440305199505132561 | 1995/5/13 | 2006.11.22-2026.11.22 | -    | -                  | -",
                "validity unreadable                     | 440305199505132561 | 1995/5/13 | 2016.03.02            | -    | -                  | CARD_VALIDITY_UNREADABLE",
                "declared another number                 | 440305199505132561 | 1995/5/13 | -                     | -    | 440524198701010014 | DECLARED_ID_NUMBER_MISMATCH",
                "declared another name                   | 440305199505132561 | 1995/5/13 | -                     | 李明 | -                  | DECLARED_NAME_MISMATCH"
            })
    void localChecks(
            String scenario,
            String idNumber,
            String birth,
            String validDate,
            String declaredName,
            String declaredNumber,
            String reason) {
        IdCardOcr front = new IdCardOcr("r1", "王芳", "女", "汉", birth, "深圳", idNumber, "", "", List.of());
        Optional<IdCardOcr> back = Optional.ofNullable(validDate)
                .map(v -> new IdCardOcr("r2", "", "", "", "", "", "", "公安局", v, List.of()));
        Optional<DeclaredIdentity> declared = declaredName == null && declaredNumber == null
                ? Optional.empty()
                : Optional.of(new DeclaredIdentity(declaredName, declaredNumber));

        Finding result = new LocalChecks().evaluate(front, back, declared, TODAY);

        assertThat(result.reason()).isEqualTo(reason);
        assertThat(result.passed()).isEqualTo(reason == null);
    }
}
