package io.onboarding.kyc.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ForeignCardsTest {

    private static final Path EXAMPLES = Path.of("target", "card-examples", "foreign");

    static Stream<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        for (IssuingCountry country : IssuingCountry.values()) {
            for (ForeignDocumentType type : ForeignDocumentType.values()) {
                all.add(Arguments.of(country, type));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void drawsEachIssuersDocumentsAndReadsThemBack(IssuingCountry country, ForeignDocumentType type)
            throws IOException {
        ForeignCard card = SampleForeignCards.of(country, type);
        byte[] front = ForeignCardGenerator.front(card, ImageEncoding.JPEG);
        Files.createDirectories(EXAMPLES);
        Files.write(EXAMPLES.resolve(country + "-" + type + "-front.jpg"), front);

        ForeignCardImage read = ForeignCardReader.read(front).orElseThrow();

        assertThat(read.card()).isEqualTo(card);
        assertThat(read.side()).isEqualTo(SandboxCardSide.FRONT);
        assertThat(card.scenario()).isEqualTo(VerificationScenario.passed());
        assertThat(CardReader.read(front))
                .as("never mistaken for a mainland card")
                .isEmpty();
    }

    @Test
    void drawsTheBackOfCardsButNotOfPassports() throws IOException {
        ForeignCard hongKong = SampleForeignCards.of(IssuingCountry.HKG, ForeignDocumentType.ID_CARD);
        byte[] back = ForeignCardGenerator.back(hongKong, ImageEncoding.PNG);
        Files.createDirectories(EXAMPLES);
        Files.write(EXAMPLES.resolve("HKG-ID_CARD-back.png"), back);

        assertThat(ForeignCardReader.read(back))
                .get()
                .extracting(ForeignCardImage::side)
                .isEqualTo(SandboxCardSide.BACK);
        assertThatThrownBy(() -> ForeignCardGenerator.back(
                        SampleForeignCards.of(IssuingCountry.HKG, ForeignDocumentType.PASSPORT), ImageEncoding.PNG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void carriesTheVerificationScenarioAndDefects() {
        ForeignCard card = SampleForeignCards.of(IssuingCountry.MYS, ForeignDocumentType.ID_CARD)
                .withScenario(VerificationScenario.of(4, CardVerificationVerdict.WARNING, "PoorImageQuality"));

        ForeignCardImage read = ForeignCardReader.read(
                        ForeignCardGenerator.front(card, ImageEncoding.PNG, CardDefect.REFLECTIVE))
                .orElseThrow();

        assertThat(read.card().scenario())
                .isEqualTo(VerificationScenario.of(4, CardVerificationVerdict.WARNING, "PoorImageQuality"));
        assertThat(read.defects()).containsExactly(CardDefect.REFLECTIVE);
    }

    @Test
    void derivesAVerdictFromDefectsWhenAsked() {
        assertThat(VerificationScenario.forDefects(java.util.Set.of())).isEqualTo(VerificationScenario.passed());
        assertThat(VerificationScenario.forDefects(java.util.Set.of(CardDefect.PHOTOCOPY))
                        .verdict())
                .isEqualTo(CardVerificationVerdict.WARNING);
        assertThat(VerificationScenario.forDefects(java.util.Set.of(CardDefect.PS_ALTERED)))
                .extracting(VerificationScenario::verdict, VerificationScenario::warnInfo)
                .containsExactly(CardVerificationVerdict.REJECTED, List.of("FakeSuspected"));
    }

    @Test
    void printsDocumentNumbersWithValidCheckCharacters() {
        assertThat(DocumentNumbers.hongKong("A123456")).isEqualTo('3');
        assertThat(DocumentNumbers.singapore("S1234567")).isEqualTo('D');
        assertThat(DocumentNumbers.taiwan("A12345678")).isEqualTo('9');
        assertThat(DocumentNumbers.japan("12345678901")).isEqualTo('8');
        assertThat(DocumentNumbers.thailand("123456789012")).isEqualTo('1');
        assertThat(DocumentNumbers.mrz("L898902C3")).isEqualTo('6'); // ICAO 9303's specimen passport
        assertThat(DocumentNumbers.mrz("740812")).isEqualTo('2');
        assertThat(DocumentNumbers.mrz("120415")).isEqualTo('9');
    }

    @Test
    void writesAPassportsMachineReadableZone() {
        PassportMrz mrz = PassportMrz.of(SampleForeignCards.of(IssuingCountry.JPN, ForeignDocumentType.PASSPORT));

        assertThat(mrz.first()).hasSize(44).startsWith("P<JPNYAMADA<<HANAKO<");
        assertThat(mrz.second()).hasSize(44).startsWith("TR1234567" + DocumentNumbers.mrz("TR1234567") + "JPN890401");
    }
}
