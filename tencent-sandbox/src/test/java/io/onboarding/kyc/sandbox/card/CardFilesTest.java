package io.onboarding.kyc.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardFilesTest {

    private static final MainlandIdCard WANG_FANG = new MainlandIdCard(
            "王芳",
            "女",
            "汉",
            LocalDate.of(1995, 5, 13),
            "沙箱省示例市测试区演示路8号",
            "440305199505132561",
            "示例市公安局测试分局",
            LocalDate.of(2021, 3, 15),
            LocalDate.of(2031, 3, 15),
            "subject-wang-fang");

    @ParameterizedTest
    @EnumSource(ImageEncoding.class)
    void aTruncatedFileStillLooksLikeACardButNoLongerDecodes(ImageEncoding format) {
        byte[] whole = CardGenerator.front(WANG_FANG, format);
        byte[] truncated = CardFiles.truncated(whole);

        assertThat(truncated.length).isLessThan(whole.length);
        assertThat(ImageProbe.probe(truncated)).isPresent();
        assertThat(CardReader.read(truncated)).isPresent();
        assertThat(ImageProbe.decodes(whole)).isTrue();
        assertThat(ImageProbe.decodes(truncated)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ImageEncoding.class)
    void aCorruptedFileKeepsItsHeaderButNoLongerDecodes(ImageEncoding format) {
        byte[] corrupted = CardFiles.corrupted(CardGenerator.front(WANG_FANG, format));

        assertThat(ImageProbe.probe(corrupted)).isPresent();
        assertThat(CardReader.read(corrupted)).isPresent();
        assertThat(ImageProbe.decodes(corrupted)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ImageEncoding.class)
    void aPaddedFileIsLargeButStillAValidCardImage(ImageEncoding format) {
        byte[] padded = CardFiles.padded(CardGenerator.front(WANG_FANG, format), 2_500_000);

        assertThat(padded.length).isGreaterThanOrEqualTo(2_500_000);
        assertThat(ImageProbe.decodes(padded)).isTrue();
        assertThat(CardReader.read(padded)).get().extracting(CardImage::card).isEqualTo(WANG_FANG);
    }
}
