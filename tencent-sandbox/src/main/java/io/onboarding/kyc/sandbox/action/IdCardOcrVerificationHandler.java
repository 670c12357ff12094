package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.IdNumberRules;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import io.onboarding.kyc.sandbox.encryption.EncryptionParameter;
import io.onboarding.kyc.sandbox.encryption.SandboxKeyPair;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Name and ID number against the authority's records, typed in (as text, or encrypted under the caller's
 * {@code Encryption}, which is opened first and then forgotten) or read off the portrait side. Answers with
 * a {@code Result} code rather than an error: only {@code 0} and {@code -1} are billed. After
 * {@link ActionSettings#dailyVerificationLimit()} attempts for one number in one Beijing day it answers {@code -7};
 * {@code -4} and {@code -6} (the authority's own troubles) come only from fault injection.
 */
final class IdCardOcrVerificationHandler implements Action {

    private static final ActionSpec SPEC = new ActionSpec(
            "IdCardOCRVerification",
            Product.FACEID,
            "2018-03-01",
            RegionRule.none(),
            Map.of(
                    "IdCard",
                    ParameterType.STRING,
                    "Name",
                    ParameterType.STRING,
                    ImageLoader.IMAGE_BASE64,
                    ParameterType.STRING,
                    ImageLoader.IMAGE_URL,
                    ParameterType.STRING,
                    "Encryption",
                    ParameterType.OBJECT));
    private static final ImageLoader.Rules IMAGE_RULES = ImageLoader.Rules.of(
            ImageLoader.Precedence.BASE64_FIRST,
            3 * ImageLoader.MEGABYTE,
            Set.of("PNG", "JPEG"),
            ImageLoader.Failures.FACE_ID);
    private static final int MAX_NAME_LENGTH = 32;

    /** The fields Tencent lets this action take encrypted: the typed-in pair, never the image. */
    private static final Set<String> ENCRYPTABLE = Set.of("IdCard", "Name");

    private static final EncryptionParameter.Codes ENCRYPTION_CODES = new EncryptionParameter.Codes(
            "FailedOperation.DecryptSystemError", "Decryption failed.", "InvalidParameter.UnsupportEncryptField");

    /** The documented result codes, with the English descriptions of the international site. */
    static final BusinessResult MATCH = new BusinessResult("0", "Name and identity card number match", true);

    static final BusinessResult MISMATCH = new BusinessResult("-1", "Name and ID card number mismatch", true);
    static final BusinessResult INVALID_ID_NUMBER =
            new BusinessResult("-2", "Invalid ID number (incorrect length, check digit, etc.)", false);
    static final BusinessResult INVALID_NAME =
            new BusinessResult("-3", "Invalid name (incorrect length or format)", false);
    static final BusinessResult LIBRARY_ERROR = new BusinessResult("-4", "Document library service exception", false);
    static final BusinessResult NO_RECORD =
            new BusinessResult("-5", "No ID card record found in the document library", false);
    static final BusinessResult UPGRADING =
            new BusinessResult("-6", "The authoritative comparison system is being upgraded. Try again later", false);
    static final BusinessResult DAILY_LIMIT =
            new BusinessResult("-7", "Authentication attempts exceeded the daily limit", false);
    private static final Map<String, BusinessResult> RESULTS = Stream.of(
                    MATCH, MISMATCH, INVALID_ID_NUMBER, INVALID_NAME, LIBRARY_ERROR, NO_RECORD, UPGRADING, DAILY_LIMIT)
            .collect(Collectors.toUnmodifiableMap(BusinessResult::code, Function.identity()));

    private final ImageLoader images;
    private final AuthorityRecords authority;
    private final DailyAttempts attempts;

    IdCardOcrVerificationHandler(ImageLoader images, AuthorityRecords authority, DailyAttempts attempts) {
        this.images = images;
        this.authority = authority;
        this.attempts = attempts;
    }

    @Override
    public ActionSpec spec() {
        return SPEC;
    }

    @Override
    public ActionResult handle(ActionCall call) {
        Subject subject = subject(call, typedIn(call));
        return answer(subject, verify(subject.name(), subject.idNumber()));
    }

    /**
     * Fault injection's way to any documented {@code Result}, e.g. {@code -4} or {@code -6}: the request is read
     * as usual, so Name, IdCard and the OCR fields are real, but the authority is not consulted and the attempt
     * does not count towards the daily limit. Billing follows the result (only 0 and -1 are billed).
     */
    @Override
    public Optional<ActionResult> forcedResult(String resultCode, ActionCall call) {
        BusinessResult result = RESULTS.get(resultCode);
        if (result == null) {
            return Optional.empty();
        }
        Function<String, Optional<String>> typedIn;
        try {
            typedIn = typedIn(call);
        } catch (ApiError undecryptable) {
            // never echo ciphertext as if it were a name
            typedIn = field -> Optional.empty();
        }
        Subject subject;
        try {
            subject = subject(call, typedIn);
        } catch (ApiError e) {
            subject = new Subject(
                    typedIn.apply("Name").orElse(""), typedIn.apply("IdCard").orElse(""), Optional.empty());
        }
        return Optional.of(answer(subject, result));
    }

    /** Whom the call asks about: typed in (which wins), or read off the portrait side. */
    private record Subject(String name, String idNumber, Optional<MainlandIdCard> card) {}

    /**
     * Name and IdCard as the caller meant them: decrypted when {@code Encryption} lists them, as sent otherwise.
     * A wrong key, IV or ciphertext stops the call here, before the authority or the daily limit is touched.
     */
    private static Function<String, Optional<String>> typedIn(ActionCall call) {
        Optional<JsonNode> encryption = call.node("Encryption");
        if (encryption.isEmpty()) {
            return call::string;
        }
        Map<String, String> decrypted = EncryptionParameter.open(
                        encryption.get(), SandboxKeyPair.testOnly(), ENCRYPTION_CODES)
                .decrypt(ENCRYPTABLE, call::string);
        return field -> decrypted.containsKey(field) ? Optional.of(decrypted.get(field)) : call.string(field);
    }

    private Subject subject(ActionCall call, Function<String, Optional<String>> typedIn) {
        // Name and number win over an image; half a pair without an image is still checked (and fails as -2/-3).
        Optional<String> name = typedIn.apply("Name");
        Optional<String> idNumber = typedIn.apply("IdCard");
        boolean anyTyped = name.isPresent() || idNumber.isPresent();
        if ((name.isPresent() && idNumber.isPresent()) || (anyTyped && !ImageLoader.hasImage(call))) {
            call.concernsIdNumber(idNumber.orElse(""));
            return new Subject(name.orElse(""), idNumber.orElse(""), Optional.empty());
        }
        if (!ImageLoader.hasImage(call)) {
            throw ApiError.invalidParameter("One of Name and IdCard, ImageBase64 or ImageUrl must be provided.");
        }
        ImageLoader.LoadedImage image = images.load(call, IMAGE_RULES);
        CardImage seen = CardReader.read(image.bytes())
                .filter(card -> card.shows(SandboxCardSide.FRONT))
                .orElseThrow(() -> new ApiError(
                        ErrorCodes.IMAGE_NO_ID_CARD, "No portrait side of an ID card was detected in the image."));
        call.concernsIdNumber(seen.card().idNumber());
        if (seen.has(CardDefect.SEVERE_BLUR)) {
            throw new ApiError(ErrorCodes.IMAGE_BLUR, "The image is too blurry to recognise.");
        }
        MainlandIdCard card = seen.card();
        return new Subject(OcrText.text(card.name()), OcrText.text(card.idNumber()), Optional.of(card));
    }

    private static ActionResult answer(Subject subject, BusinessResult result) {
        Optional<MainlandIdCard> card = subject.card();
        ObjectNode out = Envelope.JSON.createObjectNode();
        out.put("Result", result.code());
        out.put("Description", result.description());
        out.put("Name", subject.name());
        out.put("IdCard", subject.idNumber());
        out.put("Sex", card.map(MainlandIdCard::sex).map(OcrText::text).orElse(""));
        out.put("Nation", card.map(MainlandIdCard::nation).map(OcrText::text).orElse(""));
        out.put("Birth", card.map(MainlandIdCard::birth).map(OcrText::birth).orElse(""));
        out.put("Address", card.map(MainlandIdCard::address).map(OcrText::text).orElse(""));
        return new ActionResult(out, result.code(), result.billable());
    }

    /**
     * Format checks come first and are free; only a well-formed pair reaches the records, and each such attempt
     * counts towards the number's daily limit.
     */
    private BusinessResult verify(String name, String idNumber) {
        if (!IdNumberRules.isValid(idNumber)) {
            return INVALID_ID_NUMBER;
        }
        if (!validName(name)) {
            return INVALID_NAME;
        }
        if (!attempts.tryAcquire(IdNumberRules.normalise(idNumber))) {
            return DAILY_LIMIT;
        }
        return switch (authority.verify(name, idNumber).match()) {
            case MATCH -> MATCH;
            case NAME_MISMATCH -> MISMATCH;
            case NOT_FOUND -> NO_RECORD;
        };
    }

    private static boolean validName(String name) {
        return !name.isBlank()
                && name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH
                && name.chars().noneMatch(Character::isDigit);
    }
}
