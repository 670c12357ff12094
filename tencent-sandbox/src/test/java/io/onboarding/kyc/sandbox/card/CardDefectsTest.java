package io.onboarding.kyc.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardDefectsTest {

    private static final MainlandIdCard LI_MING = new MainlandIdCard(
            "李明",
            "男",
            "汉",
            LocalDate.of(1987, 1, 1),
            "沙箱省示例市测试区演示路100号",
            "440524198701010014",
            "示例市公安局测试分局",
            LocalDate.of(2015, 7, 21),
            LocalDate.of(2035, 7, 21),
            "subject-li-ming");
    private static final Path EXAMPLES = Path.of("target", "card-examples", "defects");

    private static byte[] clean;
    private static final Map<CardDefect, byte[]> FRONTS = new EnumMap<>(CardDefect.class);

    @BeforeAll
    static void generate() throws IOException {
        Files.createDirectories(EXAMPLES);
        clean = CardGenerator.front(LI_MING, ImageEncoding.PNG);
        for (CardDefect defect : CardDefect.values()) {
            byte[] image = CardGenerator.front(LI_MING, ImageEncoding.PNG, defect);
            FRONTS.put(defect, image);
            Files.write(EXAMPLES.resolve("front-" + defect.name().toLowerCase(Locale.ROOT) + ".png"), image);
        }
    }

    @ParameterizedTest
    @EnumSource(CardDefect.class)
    void recordsEachDefectBesideTheUnchangedCard(CardDefect defect) {
        CardImage read = CardReader.read(FRONTS.get(defect)).orElseThrow();

        assertThat(read.card()).isEqualTo(LI_MING);
        assertThat(read.side()).isEqualTo(SandboxCardSide.FRONT);
        assertThat(read.defects()).containsExactly(defect);
        assertThat(ImageProbe.decodes(FRONTS.get(defect))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(CardDefect.class)
    void drawsEachDefectVisibly(CardDefect defect) throws IOException {
        BufferedImage plain = ImageIO.read(new ByteArrayInputStream(clean));
        BufferedImage damaged = ImageIO.read(new ByteArrayInputStream(FRONTS.get(defect)));

        if (damaged.getWidth() != plain.getWidth() || damaged.getHeight() != plain.getHeight()) {
            return; // a different frame is visibly different
        }
        long changed = 0;
        for (int y = 0; y < plain.getHeight(); y += 3) {
            for (int x = 0; x < plain.getWidth(); x += 3) {
                if (distance(plain.getRGB(x, y), damaged.getRGB(x, y)) > 40) {
                    changed++;
                }
            }
        }
        long sampled = (long) (plain.getWidth() / 3 + 1) * (plain.getHeight() / 3 + 1);
        assertThat(changed).as("pixels visibly changed by %s", defect).isGreaterThan(sampled / 100);
    }

    @Test
    void aCleanCardIsDescribedExactlyAsBeforeDefectsExisted() {
        String document = new String(CardMetadata.encode(SandboxCardSide.FRONT, LI_MING), StandardCharsets.UTF_8);

        assertThat(document).doesNotContain("defects").doesNotContain("placements");
        assertThat(CardGenerator.front(LI_MING, ImageEncoding.PNG, Set.of())).isEqualTo(clean);
        CardImage read = CardReader.read(clean).orElseThrow();
        assertThat(read.defects()).isEmpty();
        assertThat(read.placements()).containsExactly(new CardPlacement(SandboxCardSide.FRONT, 0, 0, 856, 540));
    }

    @Test
    void placesTheCardWhereTheLayoutDefectsPutIt() {
        CardImage cut =
                CardReader.read(FRONTS.get(CardDefect.INCOMPLETE_BORDER)).orElseThrow();
        assertThat(cut.placement().insideOf(cut.width(), cut.height())).isFalse();

        CardImage small = CardReader.read(FRONTS.get(CardDefect.SMALL_IN_FRAME)).orElseThrow();
        assertThat((double) small.placement().width() * small.placement().height())
                .isLessThan(small.width() * small.height() / 10.0);

        CardImage two = CardReader.read(FRONTS.get(CardDefect.MULTIPLE_CARDS)).orElseThrow();
        assertThat(two.placements()).hasSize(2).allMatch(placement -> placement.side() == SandboxCardSide.FRONT);

        CardImage tiny = CardReader.read(FRONTS.get(CardDefect.LOW_RESOLUTION)).orElseThrow();
        assertThat(tiny.width()).isEqualTo(214);
        assertThat(tiny.height()).isEqualTo(135);

        CardImage phone = CardReader.read(FRONTS.get(CardDefect.ELECTRONIC)).orElseThrow();
        assertThat(phone.height()).isGreaterThan(phone.width()); // a phone screen, upright
    }

    @Test
    void putsBothSidesOnOnePage() throws IOException {
        byte[] page = CardGenerator.bothSides(LI_MING, ImageEncoding.JPEG, CardDefect.PHOTOCOPY);
        Files.write(EXAMPLES.resolve("both-sides-photocopy.jpg"), page);

        CardImage read = CardReader.read(page).orElseThrow();

        assertThat(read.side()).isEqualTo(SandboxCardSide.FRONT);
        assertThat(read.showsBothSides()).isTrue();
        assertThat(read.placementOf(SandboxCardSide.BACK).y())
                .isGreaterThan(read.placementOf(SandboxCardSide.FRONT).y());
        assertThat(read.defects()).containsExactly(CardDefect.PHOTOCOPY);
    }

    @Test
    void cropsThePortraitFromWhereTheCardLies() {
        byte[] portrait = CardCropper.portrait(FRONTS.get(CardDefect.SMALL_IN_FRAME), ImageEncoding.PNG);
        byte[] card = CardCropper.card(FRONTS.get(CardDefect.SMALL_IN_FRAME), ImageEncoding.PNG);

        CardPlacement placed = CardReader.read(FRONTS.get(CardDefect.SMALL_IN_FRAME))
                .orElseThrow()
                .placement();
        assertThat(ImageProbe.probe(card).orElseThrow().width()).isEqualTo(placed.width());
        assertThat(ImageProbe.probe(portrait).orElseThrow().width())
                .isEqualTo(Math.round(CardLayout.PORTRAIT.width * placed.width() / 856f));
    }

    @Test
    void marksTheBackOfATemporaryAlteredCardToo() throws IOException {
        byte[] back = CardGenerator.back(LI_MING, ImageEncoding.PNG, CardDefect.TEMPORARY, CardDefect.PS_ALTERED);
        Files.write(EXAMPLES.resolve("back-temporary-ps_altered.png"), back);

        CardImage read = CardReader.read(back).orElseThrow();

        assertThat(read.side()).isEqualTo(SandboxCardSide.BACK);
        assertThat(read.defects()).containsExactlyInAnyOrder(CardDefect.TEMPORARY, CardDefect.PS_ALTERED);
    }

    @Test
    void drawsABorderlinePortraitAsTheSamePersonWithDifferences() throws IOException {
        MainlandIdCard older = new MainlandIdCard(
                LI_MING.name(),
                LI_MING.sex(),
                LI_MING.nation(),
                LI_MING.birth(),
                LI_MING.address(),
                LI_MING.idNumber(),
                LI_MING.authority(),
                LI_MING.validFrom(),
                LI_MING.validUntil(),
                "subject-li-ming-borderline");
        byte[] borderline = CardGenerator.front(older, ImageEncoding.PNG);
        Files.write(EXAMPLES.resolve("front-borderline-portrait.png"), borderline);

        assertThat(CardCropper.portrait(borderline, ImageEncoding.PNG))
                .isNotEqualTo(CardCropper.portrait(clean, ImageEncoding.PNG));
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF))
                + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }
}
