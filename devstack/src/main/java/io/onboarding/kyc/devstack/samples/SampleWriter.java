package io.onboarding.kyc.devstack.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the sample requests. Run it after changing the catalogue or the card generator:
 * {@code java -cp "devstack/target/devstack.jar:devstack/target/lib/*" io.onboarding.kyc.devstack.samples.SampleWriter devstack/samples}
 */
public final class SampleWriter {

    private SampleWriter() {
    }

    public static Map<String, Object> request(Sample sample) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("country", "CHN");
        document.put("type", "ID_CARD");
        document.put("front", Map.of("imageBase64", base64(CardGenerator.front(sample.card(), ImageFormat.JPEG))));
        if (sample.withBack()) {
            document.put("back", Map.of("imageBase64", base64(CardGenerator.back(sample.card(), ImageFormat.JPEG))));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("customerRef", sample.customerRef());
        request.put("document", document);
        return request;
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "devstack/samples");
        Files.createDirectories(directory);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (Sample sample : SampleCatalogue.ALL) {
            Path file = directory.resolve(sample.file());
            json.writeValue(file.toFile(), request(sample));
            System.out.println("wrote " + file + " (" + sample.expectedOutcome() + ")");
        }
    }

    private static String base64(byte[] image) {
        return Base64.getEncoder().encodeToString(image);
    }
}
