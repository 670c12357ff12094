package io.onboarding.kyc.activities.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.contract.ocr.OcrWarning;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcrWarningTableTest {

    @Test
    void mapsEveryCodeTheInternationalSiteDocuments() {
        assertThat(OcrWarningTable.INTL.normalise(List.of(-9101, -9102, -9103, -9104, -9107, -9108, -9109)))
                .containsExactly(
                        OcrWarning.INCOMPLETE_BORDER,
                        OcrWarning.PHOTOCOPY,
                        OcrWarning.RESHOOT,
                        OcrWarning.PS_ALTERED,
                        OcrWarning.REFLECTIVE,
                        OcrWarning.BLURRY,
                        OcrWarning.WARNINGS_NOT_ENABLED);
    }

    @Test
    void mapsEveryCodeTheMainlandSiteDocuments() {
        assertThat(OcrWarningTable.MAINLAND.normalise(
                        List.of(-9101, -9102, -9103, -9104, -9105, -9106, -9107, -9108, -9109, -9110, -9111)))
                .containsExactly(
                        OcrWarning.INCOMPLETE_BORDER,
                        OcrWarning.PHOTOCOPY,
                        OcrWarning.RESHOOT,
                        OcrWarning.TEMPORARY_CARD,
                        OcrWarning.OCCLUSION,
                        OcrWarning.PS_ALTERED,
                        OcrWarning.REFLECTIVE,
                        OcrWarning.BLACK_AND_WHITE_COPY,
                        OcrWarning.INVALID_VALIDITY_DATE,
                        OcrWarning.ELECTRONIC_CARD,
                        OcrWarning.WATERMARK);
    }

    @Test
    void theSameNumberMeansDifferentThingsOnTheTwoSites() {
        assertThat(OcrWarningTable.INTL.normalise(List.of(-9104))).containsExactly(OcrWarning.PS_ALTERED);
        assertThat(OcrWarningTable.MAINLAND.normalise(List.of(-9104))).containsExactly(OcrWarning.TEMPORARY_CARD);
    }

    @Test
    void anUndocumentedCodeIsKeptAsUnrecognised() {
        assertThat(OcrWarningTable.INTL.normalise(List.of(-9102, -9199)))
                .containsExactly(OcrWarning.PHOTOCOPY, OcrWarning.UNRECOGNISED);
    }

    @Test
    void readsTheWarningsOutOfTheAdvancedInfoString() {
        MainlandSiteIdCardOcr.Response response = new MainlandSiteIdCardOcr.Response(
                "", "", "", "", "", "", "", "", "{\"WarnInfos\":[-9102,-9101]}", "r");
        assertThat(response.warnInfos()).containsExactly(-9102, -9101);
        assertThat(new MainlandSiteIdCardOcr.Response("", "", "", "", "", "", "", "", "{}", "r").warnInfos())
                .isEmpty();
        assertThat(new MainlandSiteIdCardOcr.Response("", "", "", "", "", "", "", "", "", "r").warnInfos())
                .isEmpty();
    }

    @Test
    void readsTheCodeAndMessageObjectsOfTheOlderPageAsTheSameCodes() {
        String plain = "{\"WarnInfos\":[-9102,-9100]}";
        String objects = "{\"WarnInfos\":[{\"Code\":-9102,\"Msg\":\"copy\"},{\"Code\":\"-9100\",\"Msg\":\"date\"}]}";

        List<OcrWarning> fromPlain =
                OcrWarningTable.MAINLAND.normalise(mainland(plain).warnInfos());
        List<OcrWarning> fromObjects =
                OcrWarningTable.MAINLAND.normalise(mainland(objects).warnInfos());

        assertThat(fromPlain).containsExactly(OcrWarning.PHOTOCOPY, OcrWarning.INVALID_VALIDITY_DATE);
        assertThat(fromObjects).isEqualTo(fromPlain);
    }

    @Test
    void anEntryWithoutAReadableCodeIsReviewedNotDropped() {
        String odd = "{\"WarnInfos\":[{\"Msg\":\"no code\"},\"soon\",-9101]}";

        assertThat(OcrWarningTable.MAINLAND.normalise(mainland(odd).warnInfos()))
                .containsExactly(OcrWarning.UNRECOGNISED, OcrWarning.UNRECOGNISED, OcrWarning.INCOMPLETE_BORDER);
    }

    @Test
    void eachActionReadsMinus9109ByItsOwnTable() {
        // the mainland site's older number for an invalid date; the international site's "capability off"
        assertThat(OcrWarningTable.MAINLAND.normalise(List.of(-9109, -9100)))
                .containsExactly(OcrWarning.INVALID_VALIDITY_DATE, OcrWarning.INVALID_VALIDITY_DATE);
        assertThat(OcrWarningTable.INTL.normalise(List.of(-9109))).containsExactly(OcrWarning.WARNINGS_NOT_ENABLED);
        assertThat(OcrWarningTable.INTL.normalise(List.of(-9100))).containsExactly(OcrWarning.UNRECOGNISED);
    }

    @Test
    void anAdvancedInfoThatCannotBeReadIsAWarningForReviewNotAFailure() {
        assertThat(OcrWarningTable.MAINLAND.normalise(mainland("not json").warnInfos()))
                .containsExactly(OcrWarning.UNRECOGNISED);
        assertThat(OcrWarningTable.MAINLAND.normalise(
                        mainland("{\"WarnInfos\":\"-9102\"}").warnInfos()))
                .containsExactly(OcrWarning.UNRECOGNISED);
        assertThat(mainland("{\"WarnInfos\":null,\"Quality\":88}").warnInfos()).isEmpty();
    }

    private static MainlandSiteIdCardOcr.Response mainland(String advancedInfo) {
        return new MainlandSiteIdCardOcr.Response("", "", "", "", "", "", "", "", advancedInfo, "r");
    }
}
