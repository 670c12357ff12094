package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.IdNumberRules;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import io.onboarding.kyc.sandbox.encryption.EncryptionParameter;
import io.onboarding.kyc.sandbox.encryption.SandboxKeyPair;
import io.onboarding.kyc.sandbox.encryption.SessionKey;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the portrait side, checks name and number with the authority and compares the card photo with the
 * authority's photo. Everything that happens once a portrait side has been read comes back in {@code Result}
 * with the OCR fields (Sim 0 unless the comparison ran); an image that cannot be used is an error.
 */
final class CheckIdCardInformationHandler implements Action {

    private static final ActionSpec SPEC = new ActionSpec(
            "CheckIdCardInformation",
            Product.FACEID,
            "2018-03-01",
            RegionRule.none(),
            Map.of(
                    ImageLoader.IMAGE_BASE64,
                    ParameterType.STRING,
                    ImageLoader.IMAGE_URL,
                    ParameterType.STRING,
                    "Config",
                    ParameterType.STRING,
                    "IsEncrypt",
                    ParameterType.BOOLEAN,
                    "IsEncryptResponse",
                    ParameterType.BOOLEAN,
                    "Encryption",
                    ParameterType.OBJECT));
    private static final ImageLoader.Rules IMAGE_RULES = ImageLoader.Rules.of(
            ImageLoader.Precedence.URL_FIRST,
            7 * ImageLoader.MEGABYTE,
            Set.of("PNG", "JPEG"),
            ImageLoader.Failures.FACE_ID);

    /**
     * The warnings this action can be asked for, in the order Tencent lists them: the mainland table without
     * reflection, dates, electronic card or watermark, plus -8001 for a blurry photo (quality below 50). An
     * electronic card on a phone screen is caught by the re-shoot detector here.
     */
    static final List<WarningRule> WARNINGS = List.of(
            WarningRule.onDefects(-9101, "BorderCheckWarn", CardDefect.INCOMPLETE_BORDER),
            WarningRule.onDefects(-9102, "CopyWarn", CardDefect.PHOTOCOPY, CardDefect.COLOUR_PHOTOCOPY),
            WarningRule.onDefects(-9103, "ReshootWarn", CardDefect.RESHOOT, CardDefect.ELECTRONIC),
            WarningRule.onDefects(-9105, "BorderCheckWarn", CardDefect.OCCLUDED),
            WarningRule.onDefects(-9104, "TempIdWarn", CardDefect.TEMPORARY),
            WarningRule.onDefects(-9106, "DetectPsWarn", CardDefect.PS_ALTERED),
            new WarningRule(
                    -8001, "Quality", (image, today) -> ImageQuality.score(image) < ImageQuality.BLUR_THRESHOLD));

    /**
     * Every documented value of {@code Result}, with the descriptions of Tencent's error table. Outcomes the
     * authority answered are billed; checks that stop before it (format, OCR warnings, face detection on the
     * card) and the vendor's own failures are not.
     */
    static final BusinessResult SUCCESS = new BusinessResult("Success", "Success", true);

    static final BusinessResult OCR_WARNING =
            new BusinessResult("FailedOperation.OcrWarningOccurred", "OCR alert occurred", false);
    static final BusinessResult ID_FORMAT_ERROR =
            new BusinessResult("FailedOperation.IdFormatError", "Input identity card number error.", false);
    static final BusinessResult ID_NAME_MISMATCH = new BusinessResult(
            "FailedOperation.IdNameMisMatch",
            "Name and ID card number mismatch. Please verify and try again after.",
            true);
    static final BusinessResult ID_NOT_IN_SYSTEM = new BusinessResult(
            "FailedOperation.IdNoExistSystem",
            "The number is not found in the database. Please go to the place of household registration to verify.",
            true);
    static final BusinessResult ID_PHOTO_MISSING = new BusinessResult(
            "FailedOperation.IdPhotoNoExist",
            "The photo of this number is not found in the database. Please go to the place of household "
                    + "registration to verify.",
            true);
    static final BusinessResult ID_PHOTO_POOR = new BusinessResult(
            "FailedOperation.IdPhotoPoorQuality",
            "Document image is of poor quality. Please update and try again.",
            true);
    static final BusinessResult ID_PHOTO_NO_ANSWER = new BusinessResult(
            "FailedOperation.IdPhotoSystemNoanswer",
            "The customer database, self-built database, or authentication center failed to return the photo. "
                    + "Try again later.",
            false);
    static final BusinessResult FACES =
            new BusinessResult("FailedOperation.LifePhotoDetectFaces", "Multiple faces are detected.", false);
    static final BusinessResult NO_FACE =
            new BusinessResult("FailedOperation.LifePhotoDetectNoFaces", "Failed to detect a full face.", false);
    static final BusinessResult FACE_TOO_SMALL = new BusinessResult(
            "FailedOperation.LifePhotoPoorQuality",
            "The resolution of the image passed in is too low. Please upload a new one.",
            false);
    static final BusinessResult FACE_SIZE = new BusinessResult(
            "FailedOperation.LifePhotoSizeError", "The image passed in is too large or too small.", false);
    static final BusinessResult FAKE =
            new BusinessResult("FailedOperation.LifePhotoDetectFake", "Real person comparison failed.", false);
    static final BusinessResult COMPARE_FAIL =
            new BusinessResult("FailedOperation.CompareFail", "Comparison failed.", false);
    static final BusinessResult COMPARE_LOW = new BusinessResult(
            "FailedOperation.CompareLowSimilarity",
            "The comparison similarity did not reach the passing standard.",
            true);
    static final BusinessResult COMPARE_SYSTEM =
            new BusinessResult("FailedOperation.CompareSystemError", "Error calling the comparison engine API.", false);

    /** Results fault injection can force; the others follow from the card and the registry alone. */
    private static final Map<String, BusinessResult> FORCEABLE = List.of(
                    ID_PHOTO_NO_ANSWER,
                    FAKE,
                    COMPARE_FAIL,
                    COMPARE_LOW,
                    COMPARE_SYSTEM,
                    ID_NAME_MISMATCH,
                    ID_NOT_IN_SYSTEM,
                    ID_PHOTO_MISSING,
                    ID_PHOTO_POOR,
                    FACES,
                    NO_FACE,
                    FACE_TOO_SMALL,
                    FACE_SIZE,
                    ID_FORMAT_ERROR)
            .stream()
            .collect(Collectors.toMap(BusinessResult::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    /**
     * This action takes no identity field in the request, so {@code Encryption} only carries the key the response
     * is encrypted with; a key that does not unwrap means the answer cannot be encrypted.
     */
    private static final EncryptionParameter.Codes ENCRYPTION_CODES = new EncryptionParameter.Codes(
            "FailedOperation.EncryptSystemError", "Encryption failed.", ErrorCodes.INVALID_PARAMETER);

    /** What {@code IsEncrypt} hides in the answer: the identity fields. */
    private static final List<String> SENSITIVE_FIELDS = List.of("Name", "IdNum");

    private final ImageLoader images;
    private final AuthorityRecords authority;

    CheckIdCardInformationHandler(ImageLoader images, AuthorityRecords authority) {
        this.images = images;
        this.authority = authority;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        OcrConfig config = OcrConfig.parse(call, ErrorCodes.INVALID_PARAMETER);
        Optional<EncryptionParameter> encryption = encryption(call);
        return encrypted(call, encryption, verify(call, config));
    }

    private ActionResult verify(ActionCall call, OcrConfig config) {
        ImageLoader.LoadedImage image = images.load(call, IMAGE_RULES);
        CardImage seen = portraitSide(image);
        call.concernsIdNumber(seen.card().idNumber());
        if (seen.has(CardDefect.SEVERE_BLUR)) {
            throw new ApiError(ErrorCodes.IMAGE_BLUR, "The image is too blurry to recognise.");
        }

        List<Integer> warnings = WarningRule.firing(WARNINGS, seen, null, config);
        if (!warnings.isEmpty()) {
            return answer(OCR_WARNING, BigDecimal.ZERO, image, seen, warnings);
        }
        MainlandIdCard card = seen.card();
        if (!IdNumberRules.isValid(card.idNumber())) {
            return answer(ID_FORMAT_ERROR, BigDecimal.ZERO, image, seen, warnings);
        }
        Optional<BusinessResult> face = faceProblem(seen);
        if (face.isPresent()) {
            return answer(face.get(), BigDecimal.ZERO, image, seen, warnings);
        }
        AuthorityRecords.CardVerificationVerdict verdict = authority.verify(card.name(), card.idNumber());
        BusinessResult result = switch (verdict.match()) {
            case NOT_FOUND -> ID_NOT_IN_SYSTEM;
            case NAME_MISMATCH -> ID_NAME_MISMATCH;
            case MATCH ->
                switch (verdict.photo()) {
                    case NONE -> ID_PHOTO_MISSING;
                    case POOR -> ID_PHOTO_POOR;
                    case ON_FILE -> SUCCESS;
                };
        };
        BigDecimal similarity = result.equals(SUCCESS)
                ? PortraitSimilarity.similarity(
                        card.portraitSubject(), verdict.record().orElseThrow().portraitSubject())
                : BigDecimal.ZERO;
        return answer(result, similarity, image, seen, warnings);
    }

    /**
     * Fault injection's way to any documented {@code Result}: the card is still read (when it can be) so the OCR
     * fields are real, but the outcome is the forced one, with Sim 0.
     */
    @Override
    public Optional<ActionResult> forcedResult(String resultCode, ActionCall call) {
        BusinessResult result = FORCEABLE.get(resultCode);
        if (result == null) {
            return Optional.empty();
        }
        Optional<EncryptionParameter> encryption = encryption(call);
        ObjectNode out = Envelope.JSON.createObjectNode();
        out.put("Sim", BigDecimal.ZERO);
        out.put("Result", result.code());
        out.put("Description", result.description());
        Optional<CardImage> seen = readQuietly(call);
        seen.ifPresentOrElse(
                card -> OcrText.putPortraitSide(out, card.card(), "IdNum"),
                () -> OcrText.putEmpty(out, "Name", "Sex", "Nation", "Birth", "Address", "IdNum"));
        // seed 001: Portrait is null when no portrait was cropped (an empty string is not what Tencent sends)
        out.putNull("Portrait");
        out.put("Warnings", "");
        out.put("Quality", seen.map(ImageQuality::score).orElse(0));
        out.putNull("Encryption");
        return Optional.of(encrypted(call, encryption, new ActionResult(out, result.code(), result.billable())));
    }

    /**
     * The caller's key, when it sent one. {@code IsEncrypt} and {@code IsEncryptResponse} need it; an
     * {@code EncryptList} naming anything is refused, as no request field of this action is sensitive.
     */
    private static Optional<EncryptionParameter> encryption(ActionCall call) {
        Optional<EncryptionParameter> encryption = call.node("Encryption")
                .map(node -> EncryptionParameter.open(node, SandboxKeyPair.testOnly(), ENCRYPTION_CODES));
        encryption.ifPresent(opened -> opened.decrypt(Set.of(), call::string));
        if (encryption.isEmpty() && (call.flag("IsEncrypt") || call.flag("IsEncryptResponse"))) {
            throw ApiError.invalidParameter(
                    "IsEncrypt and IsEncryptResponse need Encryption: the algorithm and the encrypted symmetric key.");
        }
        return encryption;
    }

    /**
     * The answer as the caller asked for it: {@code IsEncrypt} encrypts Name and IdNum in place,
     * {@code IsEncryptResponse} replaces the whole answer with {@code EncryptedBody}; either way {@code Encryption}
     * says how (the algorithm, the fields, a fresh IV, the caller's wrapped key). The ledger keeps the plain code.
     */
    private static ActionResult encrypted(
            ActionCall call, Optional<EncryptionParameter> encryption, ActionResult answer) {
        boolean fields = call.flag("IsEncrypt");
        boolean body = call.flag("IsEncryptResponse");
        if (encryption.isEmpty() || !(fields || body)) {
            return answer;
        }
        SessionKey key = encryption.get().key();
        byte[] iv = SessionKey.freshIv();
        ObjectNode out = answer.fields().deepCopy();
        List<String> encryptList = new ArrayList<>();
        if (fields) {
            for (String field : SENSITIVE_FIELDS) {
                if (out.hasNonNull(field)) {
                    out.put(field, key.encrypt(out.get(field).asText(), iv));
                    encryptList.add(field);
                }
            }
        }
        if (body) {
            out.remove("Encryption");
            String encryptedBody = key.encrypt(out.toString(), iv);
            out = Envelope.JSON.createObjectNode();
            out.put("EncryptedBody", encryptedBody);
            encryptList = List.of("EncryptionBody");
        }
        ObjectNode how = out.putObject("Encryption");
        how.put("CiphertextBlob", encryption.get().ciphertextBlob());
        ArrayNode list = how.putArray("EncryptList");
        encryptList.forEach(list::add);
        how.put("Iv", Base64.getEncoder().encodeToString(iv));
        how.put("Algorithm", encryption.get().algorithm());
        how.putArray("TagList");
        return new ActionResult(out, answer.resultCode(), answer.billable());
    }

    private Optional<CardImage> readQuietly(ActionCall call) {
        try {
            ImageLoader.LoadedImage image = images.load(call, IMAGE_RULES);
            Optional<CardImage> seen = CardReader.read(image.bytes()).filter(card -> card.shows(SandboxCardSide.FRONT));
            seen.ifPresent(card -> call.concernsIdNumber(card.card().idNumber()));
            return seen;
        } catch (ApiError e) {
            return Optional.empty();
        }
    }

    private static CardImage portraitSide(ImageLoader.LoadedImage image) {
        return CardReader.read(image.bytes())
                .filter(seen -> seen.shows(SandboxCardSide.FRONT))
                .orElseThrow(() -> new ApiError(
                        ErrorCodes.IMAGE_NO_ID_CARD, "No portrait side of an ID card was detected in the image."));
    }

    /**
     * The face engine looks at the card's photo before comparing it: two cards mean two faces, a thumb over the
     * photo hides the face, and a card too small or in too low a resolution gives it too few pixels.
     */
    private static Optional<BusinessResult> faceProblem(CardImage seen) {
        if (seen.has(CardDefect.MULTIPLE_CARDS)) {
            return Optional.of(FACES);
        }
        if (seen.has(CardDefect.OCCLUDED)) {
            return Optional.of(NO_FACE);
        }
        if (seen.has(CardDefect.LOW_RESOLUTION)) {
            return Optional.of(FACE_TOO_SMALL);
        }
        if (seen.has(CardDefect.SMALL_IN_FRAME)) {
            return Optional.of(FACE_SIZE);
        }
        return Optional.empty();
    }

    private static ActionResult answer(
            BusinessResult result,
            BigDecimal similarity,
            ImageLoader.LoadedImage image,
            CardImage seen,
            List<Integer> warnings) {
        ObjectNode out = Envelope.JSON.createObjectNode();
        out.put("Sim", similarity);
        out.put("Result", result.code());
        out.put("Description", result.description());
        OcrText.putPortraitSide(out, seen.card(), "IdNum");
        out.put("Portrait", Crops.portrait(image.bytes(), seen, ImageEncoding.JPEG));
        out.put("Warnings", warnings.stream().map(String::valueOf).collect(Collectors.joining("|")));
        out.put("Quality", ImageQuality.score(seen));
        out.putNull("Encryption");
        return new ActionResult(out, result.code(), result.billable());
    }
}
