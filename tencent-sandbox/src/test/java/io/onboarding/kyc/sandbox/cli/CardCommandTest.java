package io.onboarding.kyc.sandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.CardVerificationVerdict;
import io.onboarding.kyc.sandbox.card.ForeignCardImage;
import io.onboarding.kyc.sandbox.card.ForeignCardReader;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.ImageProbe;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.PhoneCamera;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/sandbox card}: what it writes is what the sandbox reads. */
class CardCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CardCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private CardImage mainland(Path file) throws IOException {
        return CardReader.read(Files.readAllBytes(file)).orElseThrow();
    }

    /** A phone photo says what it is only through its printed code: it reads once turned the way EXIF says. */
    @Test
    void drawsAPhonePhotoThatReadsOnlyOnceTurnedUpright() throws IOException {
        Path file = dir.resolve("phone.jpg");

        assertThat(run("--phone-photo", "--back", "--defect", "photocopy", "--out", file.toString()))
                .isZero();

        byte[] photo = Files.readAllBytes(file);
        assertThat(ImageProbe.probe(photo).orElseThrow().height()).isEqualTo(PhoneCamera.MAIN_12_MP.longSide());
        assertThat(CardReader.read(photo)).as("on its side").isEmpty();
        CardImage card = CardReader.read(TestCards.upright(photo)).orElseThrow();
        assertThat(card.side()).isEqualTo(SandboxCardSide.BACK);
        assertThat(card.defects()).containsExactly(CardDefect.PHOTOCOPY);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("phone photo");
    }

    @Test
    void refusesAPhonePhotoOfAPageOrAnUnknownCamera() {
        assertThat(run("--phone-photo", "--both", "--out", dir.resolve("x.jpg").toString()))
                .isEqualTo(CardCommand.USAGE);
        assertThat(run(
                        "--phone-photo",
                        "--megapixels",
                        "20",
                        "--out",
                        dir.resolve("x.jpg").toString()))
                .isEqualTo(CardCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--megapixels is 12 or 48");
    }

    @Test
    void drawsTheFirstIdentitysFrontByDefaultInTheFormatOfTheFileName() throws IOException {
        Path file = dir.resolve("card.jpg");

        assertThat(run("--out", file.toString())).isZero();

        CardImage card = mainland(file);
        assertThat(card.side()).isEqualTo(SandboxCardSide.FRONT);
        assertThat(card.card().idNumber()).isEqualTo("440524198701010014");
        assertThat(ImageProbe.probe(Files.readAllBytes(file)).orElseThrow().format())
                .isEqualTo("JPEG");
        // the summary names neither the holder nor the number
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("front")
                .doesNotContain("440524")
                .doesNotContain("李明");
    }

    @Test
    void drawsAnotherIdentitysBackWithDefectsAndAnExpiredValidity() throws IOException {
        Path file = dir.resolve("back.png");

        assertThat(run(
                        "--back",
                        "--identity",
                        "440305199505132561",
                        "--photocopy",
                        "--defect",
                        "reflective,blurry",
                        "--expired",
                        "--out",
                        file.toString()))
                .isZero();

        CardImage card = mainland(file);
        assertThat(card.side()).isEqualTo(SandboxCardSide.BACK);
        assertThat(card.card().idNumber()).isEqualTo("440305199505132561");
        assertThat(card.has(CardDefect.PHOTOCOPY)).isTrue();
        assertThat(card.has(CardDefect.REFLECTIVE)).isTrue();
        assertThat(card.has(CardDefect.BLURRY)).isTrue();
        assertThat(card.card().validUntil()).isBefore(LocalDate.now(CardCommand.BEIJING));
    }

    @Test
    void printsAnotherPersonsPortraitOrOtherFields() throws IOException {
        Path file = dir.resolve("impostor.png");

        assertThat(run("--portrait-of", "11010519491231002X", "--name", "王小明", "--out", file.toString()))
                .isZero();

        CardImage card = mainland(file);
        assertThat(card.card().name()).isEqualTo("王小明");
        assertThat(card.card().portraitSubject()).isEqualTo("subject-zhang-wei");
    }

    @Test
    void drawsForeignDocumentsWithTheirScenario() throws IOException {
        Path file = dir.resolve("sgp.png");

        assertThat(run(
                        "--nationality",
                        "sgp",
                        "--type",
                        "driving-license",
                        "--verdict",
                        "REJECTED",
                        "--warn",
                        "FakeSuspected",
                        "--polls",
                        "0",
                        "--out",
                        file.toString()))
                .isZero();

        ForeignCardImage card = ForeignCardReader.read(Files.readAllBytes(file)).orElseThrow();
        assertThat(card.card().country()).isEqualTo(IssuingCountry.SGP);
        assertThat(card.card().type()).isEqualTo(ForeignDocumentType.DRIVING_LICENSE);
        assertThat(card.card().scenario().verdict()).isEqualTo(CardVerificationVerdict.REJECTED);
        assertThat(card.card().scenario().warnInfo()).containsExactly("FakeSuspected");
        assertThat(card.card().scenario().processingPolls()).isZero();
    }

    @Test
    void damagesOrPadsTheFile() throws IOException {
        Path corrupt = dir.resolve("corrupt.png");
        Path big = dir.resolve("big.jpg");

        assertThat(run("--corrupt", "--out", corrupt.toString())).isZero();
        assertThat(run("--oversize", "2", "--out", big.toString())).isZero();

        assertThat(ImageProbe.decodes(Files.readAllBytes(corrupt))).isFalse();
        assertThat(Files.size(big)).isGreaterThanOrEqualTo(2L * 1024 * 1024);
        assertThat(ImageProbe.decodes(Files.readAllBytes(big))).isTrue();
    }

    @Test
    void refusesNonsenseWithUsageErrors() {
        assertThat(run("--front")).isEqualTo(CardCommand.USAGE);
        assertThat(run("--defect", "sparkly", "--out", "x.png")).isEqualTo(CardCommand.USAGE);
        assertThat(run("--nationality", "FRA", "--out", "x.png")).isEqualTo(CardCommand.USAGE);
        assertThat(run("--verdict", "PASSED", "--out", "x.png")).isEqualTo(CardCommand.USAGE);
        assertThat(run(
                        "--identity",
                        "110101190001011234",
                        "--out",
                        dir.resolve("x.png").toString()))
                .isEqualTo(CardCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sparkly");
    }

    @Test
    void listsTheDefectsAndExplainsItself() {
        assertThat(run("--list-defects")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("photocopy", "ps-altered", "incomplete-border");
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--nationality", "--portrait-of", "--oversize");
    }
}
