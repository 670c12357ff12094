package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.devstack.samples.Sample;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.CardSide;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed samples still hold the cards the catalogue describes (regenerate with SampleWriter). */
class SamplesTest {

    static java.util.stream.Stream<Sample> samples() {
        return SampleCatalogue.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void committedSampleCarriesTheCataloguedCard(Sample sample) throws IOException {
        JsonNode request = new ObjectMapper().readTree(Path.of("samples", sample.file()).toFile());

        assertThat(request.path("customerRef").asText()).isEqualTo(sample.customerRef());
        assertThat(request.path("document").path("country").asText()).isEqualTo("CHN");
        CardImage front = read(request.path("document").path("front"));
        assertThat(front.side()).isEqualTo(CardSide.FRONT);
        assertThat(front.card()).isEqualTo(sample.card());
        assertThat(request.path("document").has("back")).isEqualTo(sample.withBack());
        if (sample.withBack()) {
            assertThat(read(request.path("document").path("back")).side()).isEqualTo(CardSide.BACK);
        }
    }

    private static CardImage read(JsonNode image) {
        return CardReader.read(Base64.getDecoder().decode(image.path("imageBase64").asText())).orElseThrow();
    }
}
