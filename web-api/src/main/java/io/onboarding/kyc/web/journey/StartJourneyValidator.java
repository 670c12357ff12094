package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.contract.callback.CallbackSettings;
import io.onboarding.kyc.contract.callback.CallbackUrlRules;
import io.onboarding.kyc.contract.identity.ResidentIdNumber;
import io.onboarding.kyc.contract.journey.DeclaredIdentity;
import io.onboarding.kyc.contract.journey.DocumentType;
import io.onboarding.kyc.contract.journey.ForeignCardRules;
import io.onboarding.kyc.web.journey.StartJourneyForm.DocumentFields;
import io.onboarding.kyc.web.journey.StartJourneyRequest.DeclaredPayload;
import io.onboarding.kyc.web.journey.StartJourneyRequest.DocumentPayload;
import io.onboarding.kyc.web.journey.StartJourneyRequest.ImagePayload;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks a start (or retake) request completely before anything is stored or started, and reports every
 * broken rule at once. A request that passes can only fail later for reasons that are not the caller's.
 */
@Singleton
class StartJourneyValidator {

    private final CallbackUrlRules callbackUrls;

    StartJourneyValidator(CallbackSettings callbacks) {
        this.callbackUrls = new CallbackUrlRules(callbacks);
    }

    /** Tencent takes at most 5 MB of base64 for card verification, 7 MB for OCR: 5 MB of image keeps both safe. */
    static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private static final Pattern CUSTOMER_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final int MAX_NAME_LENGTH = 64;
    /** The file parts of a multipart start or retake. */
    static final String FRONT_PART = "front";

    static final String BACK_PART = "back";

    /** A JSON start: images as base64 in the document object. */
    ValidStart validate(StartJourneyRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        DocumentPayload document = request.document();
        return start(
                request.customerRef(),
                request.declared(),
                request.callbackUrl(),
                document == null ? null : () -> documentOf(document, violations),
                violations);
    }

    /**
     * A multipart start: the {@code journey} part, and the raw bytes of the {@code front} and {@code back} parts
     * (null when not sent).
     *
     * @throws ProblemException 415 when an image part is not a PNG or JPEG file
     */
    ValidStart validate(StartJourneyForm form, byte @Nullable [] front, byte @Nullable [] back) {
        requireImageFormat(front, back);
        List<FieldViolation> violations = new ArrayList<>();
        DocumentFields document = form.document();
        return start(
                form.customerRef(),
                form.declared(),
                form.callbackUrl(),
                document == null ? null : () -> documentOf(document, front, back, violations),
                violations);
    }

    private ValidStart start(
            String customerRef,
            DeclaredPayload declaredPayload,
            @Nullable String callbackUrl,
            @Nullable Supplier<ValidDocument> document,
            List<FieldViolation> violations) {
        if (customerRef == null || customerRef.isBlank()) {
            violations.add(new FieldViolation("customerRef", "required", "customerRef is required"));
        } else if (!CUSTOMER_REF.matcher(customerRef).matches()) {
            violations.add(
                    new FieldViolation(
                            "customerRef",
                            "format",
                            "customerRef must be 1-128 characters of letters, digits and . _ : - (an opaque reference, not personal data)"));
        }
        DeclaredIdentity declared = declared(declaredPayload, violations);
        if (callbackUrl != null) {
            callbackUrls
                    .check(callbackUrl)
                    .ifPresent(broken ->
                            violations.add(new FieldViolation("callbackUrl", broken.rule(), broken.message())));
        }
        if (document == null) {
            violations.add(new FieldViolation("document", "required", "document is required"));
            throw new InvalidRequestException(violations);
        }
        ValidDocument valid = document.get();
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new ValidStart(customerRef, valid, declared, callbackUrl);
    }

    /** The document object alone, as a JSON retake sends it. */
    ValidDocument validateDocument(DocumentPayload payload) {
        List<FieldViolation> violations = new ArrayList<>();
        if (payload == null) {
            throw new InvalidRequestException(
                    List.of(new FieldViolation("document", "required", "a document is required")));
        }
        return checked(documentOf(payload, violations), violations);
    }

    /**
     * A multipart retake: the {@code document} part, and the bytes of the {@code front} and {@code back} parts.
     *
     * @throws ProblemException 415 when an image part is not a PNG or JPEG file
     */
    ValidDocument validateDocument(DocumentFields fields, byte @Nullable [] front, byte @Nullable [] back) {
        requireImageFormat(front, back);
        List<FieldViolation> violations = new ArrayList<>();
        return checked(documentOf(fields, front, back, violations), violations);
    }

    private static ValidDocument checked(ValidDocument document, List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return document;
    }

    /**
     * A file part is what it is by its bytes, whatever its declared Content-Type: one that is neither PNG nor JPEG is
     * not a kind of content the route takes (415); every other rule an image breaks is a 422 like the JSON path's.
     */
    private static void requireImageFormat(byte @Nullable [] front, byte @Nullable [] back) {
        List<FieldViolation> violations = new ArrayList<>();
        for (Map.Entry<String, byte[]> part : parts(front, back).entrySet()) {
            if (part.getValue() != null && ImageFormat.detect(part.getValue()).isEmpty()) {
                violations.add(new FieldViolation(
                        part.getKey(), "image-format", part.getKey() + " must be a PNG or JPEG image (by its bytes)"));
            }
        }
        if (!violations.isEmpty()) {
            String detail = violations.size() == 1
                    ? violations.get(0).message()
                    : "the parts "
                            + violations.stream().map(FieldViolation::field).toList()
                            + " must be PNG or JPEG images (by their bytes)";
            throw new ProblemException(Problem.of("unsupported-media-type", "Unsupported media type", 415, detail)
                    .withErrors(violations));
        }
    }

    private static Map<String, byte[]> parts(byte @Nullable [] front, byte @Nullable [] back) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(FRONT_PART, front);
        parts.put(BACK_PART, back);
        return parts;
    }

    /** A document that passed every rule. */
    public record ValidDocument(String country, DocumentType type, SubmittedImage front, SubmittedImage back) {}

    /** One image of a request, however it came, named as problems name it. */
    // Raw bytes by design: read once, checked and handed on; the record is never compared.
    @SuppressWarnings("ArrayRecordComponent")
    private record ImageField(
            String field, String contentField, String side, boolean sent, byte @Nullable [] content) {}

    private static ValidDocument documentOf(DocumentPayload document, List<FieldViolation> violations) {
        return document(
                document.country(),
                document.type(),
                () -> base64("document.front", "FRONT", document.front(), violations),
                () -> base64("document.back", "BACK", document.back(), violations),
                violations);
    }

    private static ValidDocument documentOf(
            DocumentFields document, byte @Nullable [] front, byte @Nullable [] back, List<FieldViolation> violations) {
        return document(
                document.country(),
                document.type(),
                () -> new ImageField(FRONT_PART, FRONT_PART, "FRONT", front != null, front),
                () -> new ImageField(BACK_PART, BACK_PART, "BACK", back != null, back),
                violations);
    }

    private static ValidDocument document(
            String country,
            String documentType,
            Supplier<ImageField> frontSide,
            Supplier<ImageField> backSide,
            List<FieldViolation> violations) {
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
        if (documentType == null || documentType.isBlank()) {
            violations.add(new FieldViolation("document.type", "required", "document.type is required"));
        } else {
            try {
                type = DocumentType.valueOf(documentType);
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(
                        "document.type",
                        "supported-type",
                        "document.type must be one of " + List.of(DocumentType.values())));
            }
        }
        Optional<SubmittedImage> front = image(frontSide.get(), true, violations);
        ImageField backField = backSide.get();
        Optional<SubmittedImage> back = image(backField, false, violations);
        if (knownCountry && type != null) {
            combination(country, type, backField, violations);
        }
        return new ValidDocument(country, type, front.orElse(null), back.orElse(null));
    }

    /** Mainland: resident ID cards; AUTO: let the journey find out; others: Tencent's card table. */
    private static void combination(
            String country, DocumentType type, ImageField back, List<FieldViolation> violations) {
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
            } else if (backRequired.get() && !back.sent()) {
                violations.add(new FieldViolation(
                        back.field(), "required", "a " + country + " " + type + " must be sent with its back side"));
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

    /** A JSON image object: its base64 decoded, or the rule it breaks reported and no content. */
    private static ImageField base64(
            String field, String side, @Nullable ImagePayload payload, List<FieldViolation> violations) {
        String base64Field = field + ".imageBase64";
        if (payload == null) {
            return new ImageField(field, base64Field, side, false, null);
        }
        String base64 = payload.imageBase64();
        if (base64 == null || base64.isBlank()) {
            violations.add(new FieldViolation(base64Field, "required", base64Field + " is required"));
            return new ImageField(field, base64Field, side, true, null);
        }
        if (base64.length() > (MAX_IMAGE_BYTES / 3 + 1) * 4) {
            violations.add(tooLarge(base64Field));
            return new ImageField(field, base64Field, side, true, null);
        }
        Optional<byte[]> decoded = PaddedBase64.decode(base64);
        if (decoded.isEmpty()) {
            violations.add(
                    new FieldViolation(base64Field, "base64", base64Field + " must be " + PaddedBase64.DESCRIPTION));
            return new ImageField(field, base64Field, side, true, null);
        }
        return new ImageField(field, base64Field, side, true, decoded.get());
    }

    /** The rules every image keeps, whether it came as base64 or as a file part. */
    private static Optional<SubmittedImage> image(ImageField image, boolean required, List<FieldViolation> violations) {
        if (!image.sent()) {
            if (required) {
                violations.add(new FieldViolation(image.field(), "required", image.field() + " is required"));
            }
            return Optional.empty();
        }
        byte[] content = image.content();
        if (content == null) {
            return Optional.empty(); // its rule was reported as it was read
        }
        if (content.length > MAX_IMAGE_BYTES) {
            violations.add(tooLarge(image.contentField()));
            return Optional.empty();
        }
        try {
            InspectedImage inspected = ImageInspector.inspect(content);
            return Optional.of(
                    new SubmittedImage(image.side(), inspected.format().mediaType(), content));
        } catch (UnacceptableImageException e) {
            violations.add(
                    new FieldViolation(image.contentField(), e.rule(), image.contentField() + " " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static FieldViolation tooLarge(String field) {
        return new FieldViolation(
                field, "max-size", field + " must decode to at most " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB");
    }
}
