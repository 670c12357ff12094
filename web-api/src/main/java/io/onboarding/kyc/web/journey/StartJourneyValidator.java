package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.journey.DocumentType;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.journey.StartJourneyRequest.DocumentPayload;
import io.onboarding.kyc.web.journey.StartJourneyRequest.ImagePayload;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a start request completely before anything is stored or started, and reports every broken
 * rule at once. A request that passes can only fail later for reasons that are not the caller's.
 */
@Singleton
class StartJourneyValidator {

    /** Tencent takes at most 7 MB of base64 for the OCR and portrait actions: about 5 MB of image. */
    static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    private static final Pattern CUSTOMER_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final List<String> COUNTRIES = List.of("CHN");

    ValidStart validate(StartJourneyRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        String customerRef = request.customerRef();
        if (customerRef == null || customerRef.isBlank()) {
            violations.add(new FieldViolation("customerRef", "required", "customerRef is required"));
        } else if (!CUSTOMER_REF.matcher(customerRef).matches()) {
            violations.add(new FieldViolation("customerRef", "format",
                    "customerRef must be 1-128 characters of letters, digits and . _ : - (an opaque reference, not personal data)"));
        }

        DocumentPayload document = request.document();
        if (document == null) {
            violations.add(new FieldViolation("document", "required", "document is required"));
            throw new InvalidRequestException(violations);
        }
        if (document.country() == null || document.country().isBlank()) {
            violations.add(new FieldViolation("document.country", "required", "document.country is required"));
        } else if (!COUNTRIES.contains(document.country())) {
            violations.add(new FieldViolation("document.country", "supported-country",
                    "document.country must be one of " + COUNTRIES + " (ISO 3166-1 alpha-3)"));
        }
        DocumentType type = null;
        if (document.type() == null || document.type().isBlank()) {
            violations.add(new FieldViolation("document.type", "required", "document.type is required"));
        } else {
            try {
                type = DocumentType.valueOf(document.type());
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("document.type", "supported-type",
                        "document.type must be one of " + List.of(DocumentType.values())));
            }
        }
        Optional<SubmittedImage> front = image("document.front", "FRONT", document.front(), true, violations);
        Optional<SubmittedImage> back = image("document.back", "BACK", document.back(), false, violations);

        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new ValidStart(customerRef, document.country(), type, front.orElseThrow(), back.orElse(null));
    }

    private static Optional<SubmittedImage> image(String field, String side, ImagePayload payload, boolean required,
                                                  List<FieldViolation> violations) {
        if (payload == null) {
            if (required) {
                violations.add(new FieldViolation(field, "required", field + " is required"));
            }
            return Optional.empty();
        }
        String base64Field = field + ".imageBase64";
        String base64 = payload.imageBase64();
        if (base64 == null || base64.isBlank()) {
            violations.add(new FieldViolation(base64Field, "required", base64Field + " is required"));
            return Optional.empty();
        }
        if (base64.length() > (MAX_IMAGE_BYTES / 3 + 1) * 4) {
            violations.add(new FieldViolation(base64Field, "max-size",
                    base64Field + " must decode to at most " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB"));
            return Optional.empty();
        }
        byte[] image;
        try {
            image = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(base64Field, "base64",
                    base64Field + " must be standard base64 (RFC 4648, with padding, no data: prefix)"));
            return Optional.empty();
        }
        if (image.length > MAX_IMAGE_BYTES) {
            violations.add(new FieldViolation(base64Field, "max-size",
                    base64Field + " must decode to at most " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB"));
            return Optional.empty();
        }
        Optional<ImageFormat> format = ImageFormat.detect(image);
        if (format.isEmpty()) {
            violations.add(new FieldViolation(base64Field, "image-format", base64Field + " must be a PNG or JPEG image"));
            return Optional.empty();
        }
        return Optional.of(new SubmittedImage(side, format.get().mediaType(), image));
    }
}
