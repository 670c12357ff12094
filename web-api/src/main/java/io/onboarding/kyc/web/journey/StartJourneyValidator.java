package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.contract.identity.ResidentIdNumber;
import io.onboarding.kyc.contract.journey.DeclaredIdentity;
import io.onboarding.kyc.contract.journey.DocumentType;
import io.onboarding.kyc.contract.journey.ForeignCardRules;
import io.onboarding.kyc.web.journey.StartJourneyRequest.DeclaredPayload;
import io.onboarding.kyc.web.journey.StartJourneyRequest.DocumentPayload;
import io.onboarding.kyc.web.journey.StartJourneyRequest.ImagePayload;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a start (or retake) request completely before anything is stored or started, and reports every
 * broken rule at once. A request that passes can only fail later for reasons that are not the caller's.
 */
@Singleton
class StartJourneyValidator {

    /** Tencent takes at most 5 MB of base64 for card verification, 7 MB for OCR: 5 MB of image keeps both safe. */
    static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private static final Pattern CUSTOMER_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final int MAX_NAME_LENGTH = 64;

    ValidStart validate(StartJourneyRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        String customerRef = request.customerRef();
        if (customerRef == null || customerRef.isBlank()) {
            violations.add(new FieldViolation("customerRef", "required", "customerRef is required"));
        } else if (!CUSTOMER_REF.matcher(customerRef).matches()) {
            violations.add(
                    new FieldViolation(
                            "customerRef",
                            "format",
                            "customerRef must be 1-128 characters of letters, digits and . _ : - (an opaque reference, not personal data)"));
        }
        DeclaredIdentity declared = declared(request.declared(), violations);
        if (request.document() == null) {
            violations.add(new FieldViolation("document", "required", "document is required"));
            throw new InvalidRequestException(violations);
        }
        ValidDocument document = document(request.document(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new ValidStart(customerRef, document, declared);
    }

    /** The document object alone, as a retake sends it. */
    ValidDocument validateDocument(DocumentPayload payload) {
        List<FieldViolation> violations = new ArrayList<>();
        if (payload == null) {
            throw new InvalidRequestException(
                    List.of(new FieldViolation("document", "required", "a document is required")));
        }
        ValidDocument document = document(payload, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return document;
    }

    /** A document that passed every rule. */
    public record ValidDocument(String country, DocumentType type, SubmittedImage front, SubmittedImage back) {}

    private static ValidDocument document(DocumentPayload document, List<FieldViolation> violations) {
        String country = document.country();
        boolean knownCountry = false;
        if (country == null || country.isBlank()) {
            violations.add(new FieldViolation("document.country", "required", "document.country is required"));
        } else if (!"CHN".equals(country) && !"AUTO".equals(country) && !ForeignCardRules.isForeign(country)) {
            violations.add(new FieldViolation(
                    "document.country",
                    "supported-country",
                    "document.country must be CHN, AUTO or one of " + new TreeSet<>(ForeignCardRules.NATIONALITIES)));
        } else {
            knownCountry = true;
        }
        DocumentType type = null;
        if (document.type() == null || document.type().isBlank()) {
            violations.add(new FieldViolation("document.type", "required", "document.type is required"));
        } else {
            try {
                type = DocumentType.valueOf(document.type());
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(
                        "document.type",
                        "supported-type",
                        "document.type must be one of " + List.of(DocumentType.values())));
            }
        }
        Optional<SubmittedImage> front = image("document.front", "FRONT", document.front(), true, violations);
        Optional<SubmittedImage> back = image("document.back", "BACK", document.back(), false, violations);
        if (knownCountry && type != null) {
            combination(country, type, document.back() != null, violations);
        }
        return new ValidDocument(country, type, front.orElse(null), back.orElse(null));
    }

    /** Mainland: resident ID cards; AUTO: let the journey find out; others: Tencent's card table. */
    private static void combination(
            String country, DocumentType type, boolean hasBack, List<FieldViolation> violations) {
        if ("CHN".equals(country) && type != DocumentType.ID_CARD) {
            violations.add(new FieldViolation("document.type", "supported-type", "a CHN document must be an ID_CARD"));
            return;
        }
        if ("AUTO".equals(country) && type != DocumentType.AUTO) {
            violations.add(new FieldViolation(
                    "document.type", "supported-type", "with document.country AUTO, document.type must be AUTO"));
            return;
        }
        if (ForeignCardRules.isForeign(country)) {
            Optional<Boolean> backRequired = ForeignCardRules.backRequired(country, type);
            if (backRequired.isEmpty()) {
                violations.add(new FieldViolation(
                        "document.type", "supported-type", country + " " + type + " cannot be verified"));
            } else if (backRequired.get() && !hasBack) {
                violations.add(new FieldViolation(
                        "document.back", "required", "a " + country + " " + type + " must be sent with its back side"));
            }
        }
    }

    private static DeclaredIdentity declared(DeclaredPayload declared, List<FieldViolation> violations) {
        if (declared == null || (declared.name() == null && declared.idNumber() == null)) {
            return null;
        }
        if (declared.name() != null
                && (declared.name().isBlank() || PrintableText.length(declared.name()) > MAX_NAME_LENGTH)) {
            violations.add(new FieldViolation(
                    "declared.name", "format", "declared.name must be 1-" + MAX_NAME_LENGTH + " characters"));
        } else if (declared.name() != null && !PrintableText.isPrintable(declared.name())) {
            violations.add(new FieldViolation(
                    "declared.name", PrintableText.RULE, "declared.name must be " + PrintableText.DESCRIPTION));
        }
        if (declared.idNumber() != null && !ResidentIdNumber.isValid(declared.idNumber())) {
            violations.add(new FieldViolation(
                    "declared.idNumber",
                    "id-number",
                    "declared.idNumber must be an 18-character resident ID number with a valid check character"));
        }
        return new DeclaredIdentity(
                declared.name(), declared.idNumber() == null ? null : ResidentIdNumber.normalise(declared.idNumber()));
    }

    private static Optional<SubmittedImage> image(
            String field, String side, ImagePayload payload, boolean required, List<FieldViolation> violations) {
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
            violations.add(new FieldViolation(
                    base64Field,
                    "max-size",
                    base64Field + " must decode to at most " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB"));
            return Optional.empty();
        }
        Optional<byte[]> decoded = PaddedBase64.decode(base64);
        if (decoded.isEmpty()) {
            violations.add(
                    new FieldViolation(base64Field, "base64", base64Field + " must be " + PaddedBase64.DESCRIPTION));
            return Optional.empty();
        }
        byte[] image = decoded.get();
        if (image.length > MAX_IMAGE_BYTES) {
            violations.add(new FieldViolation(
                    base64Field,
                    "max-size",
                    base64Field + " must decode to at most " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB"));
            return Optional.empty();
        }
        try {
            InspectedImage inspected = ImageInspector.inspect(image);
            return Optional.of(new SubmittedImage(side, inspected.format().mediaType(), image));
        } catch (UnacceptableImageException e) {
            violations.add(new FieldViolation(base64Field, e.rule(), base64Field + " " + e.getMessage()));
            return Optional.empty();
        }
    }
}
