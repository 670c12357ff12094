package io.onboarding.kyc.devstack.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

    private SampleWriter() {}

    /** The document object: the start request's {@code document}, and the whole body of a retake. */
    public static Map<String, Object> document(Sample sample) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("country", sample.country());
        document.put("type", sample.type());
        document.put("front", Map.of("imageBase64", base64(sample.front().render())));
        if (sample.back() != null) {
            document.put("back", Map.of("imageBase64", base64(sample.back().render())));
        }
        return document;
    }

    public static Map<String, Object> request(Sample sample) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("customerRef", sample.customerRef());
        request.put("document", document(sample));
        return request;
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "devstack/samples");
        Files.createDirectories(directory);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (Sample sample : SampleCatalogue.JOURNEYS) {
            write(
                    json,
                    directory.resolve(sample.file()),
                    request(sample),
                    sample.expected().toString());
        }
        write(
                json,
                directory.resolve(SampleCatalogue.RETAKE_DOCUMENT.file()),
                document(SampleCatalogue.RETAKE_DOCUMENT),
                "retake body");
    }

    private static void write(ObjectMapper json, Path file, Object body, String what) throws IOException {
        json.writeValue(file.toFile(), body);
        System.out.println("wrote " + file + " (" + what + ")");
    }

    private static String base64(byte[] image) {
        return Base64.getEncoder().encodeToString(image);
    }
}
