package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.devstack.samples.Sample;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.devstack.samples.SampleImage;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.ForeignCardImage;
import io.onboarding.kyc.sandbox.card.ForeignCardReader;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed samples still hold the cards the catalogue describes (regenerate with SampleWriter). */
class SamplesTest {

    static Stream<Sample> samples() {
        return Stream.concat(SampleCatalogue.JOURNEYS.stream(), Stream.of(SampleCatalogue.RETAKE_DOCUMENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void committedSampleCarriesTheCataloguedCards(Sample sample) {
        JsonNode file = DevstackClient.json(DevstackClient.sampleFile(sample.file()));
        JsonNode document = sample.customerRef() == null ? file : file.path("document");

        if (sample.customerRef() != null) {
            assertThat(file.path("customerRef").asText()).isEqualTo(sample.customerRef());
        }
        assertThat(document.path("country").asText()).isEqualTo(sample.country());
        assertThat(document.path("type").asText()).isEqualTo(sample.type());
        assertSide(document.path("front"), sample.front());
        assertThat(document.has("back")).isEqualTo(sample.back() != null);
        if (sample.back() != null) {
            assertSide(document.path("back"), sample.back());
        }
    }

    private static void assertSide(JsonNode image, SampleImage expected) {
        byte[] bytes = Base64.getDecoder().decode(image.path("imageBase64").asText());
        if (expected instanceof SampleImage.Mainland mainland) {
            CardImage read = CardReader.read(bytes).orElseThrow();
            assertThat(read.side()).isEqualTo(mainland.side());
            assertThat(read.card()).isEqualTo(mainland.card());
            mainland.defects()
                    .forEach(defect ->
                            assertThat(read.has(defect)).as(defect.name()).isTrue());
        } else {
            SampleImage.Foreign foreign = (SampleImage.Foreign) expected;
            ForeignCardImage read = ForeignCardReader.read(bytes).orElseThrow();
            assertThat(read.side()).isEqualTo(foreign.side());
            assertThat(read.card()).isEqualTo(foreign.card());
        }
    }
}
