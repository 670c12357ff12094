package io.onboarding.kyc.contract.faceid;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PortraitComparisonTest {

    @Test
    void tencentsResultIsTranslatedAtTheBoundary() {
        assertThat(PortraitComparison.of("r", "Success", 88).result()).isEqualTo(PortraitComparisonResult.COMPARED);
        assertThat(PortraitComparison.of("r", "FailedOperation.CompareFail", 0).result())
                .isEqualTo(PortraitComparisonResult.LOW_SIMILARITY);
        assertThat(PortraitComparison.of("r", "FailedOperation.SomethingNew", 0).result())
                .isEqualTo(PortraitComparisonResult.NOT_COMPARED);
        assertThat(PortraitComparison.of("r", null, 0).result()).isEqualTo(PortraitComparisonResult.NOT_COMPARED);
    }

    @Test
    void anAnswerRecordedBeforeTheTypedResultStillMeansWhatItMeant() {
        // what histories written before the typed result carry: Tencent's code only
        Payload recorded = Payload.newBuilder()
                .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
                .setData(ByteString.copyFrom(
                        "{\"requestId\":\"r\",\"resultCode\":\"FailedOperation.IdPhotoNoExist\",\"similarity\":0.0}",
                        StandardCharsets.UTF_8))
                .build();

        PortraitComparison comparison = DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
                recorded, PortraitComparison.class, PortraitComparison.class);

        assertThat(comparison.result()).isEqualTo(PortraitComparisonResult.NO_AUTHORITY_PHOTO);
        assertThat(comparison.compared()).isFalse();
    }
}
