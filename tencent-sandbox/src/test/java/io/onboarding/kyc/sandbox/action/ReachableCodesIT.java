package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.ImageHost;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardFiles;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.CardVerificationVerdict;
import io.onboarding.kyc.sandbox.card.ForeignCardGenerator;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.SampleForeignCards;
import io.onboarding.kyc.sandbox.card.VerificationScenario;
import io.onboarding.kyc.sandbox.encryption.TestEncryption;
import io.onboarding.kyc.sandbox.fault.DocumentedErrors;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every business error code and {@code Result} value the seed pages list for the six actions, and how a client
 * meets it in the sandbox: a scenario (a card, defect, identity or request), a forced {@code Result} (fault kind
 * {@code result}) or an injected error (fault kind {@code error}). The same table is in ACTIONS.md.
 */
class ReachableCodesIT extends SandboxHarness {

    enum How {
        SCENARIO,
        FORCED_RESULT,
        FAULT_ERROR
    }

    private static final String INTL = "RecognizeMainlandIDCardOCR";
    private static final String MAINLAND = "IDCardOCR";
    private static final String VERIFY = "IdCardOCRVerification";
    private static final String CHECK = "CheckIdCardInformation";
    private static final String APPLY = "ApplyCardVerification";
    private static final String GET = "GetCardVerificationResult";
    private static final String EXT_APPLY = "ApplyCardVerificationExternal";
    private static final String EXT_GET = "GetCardVerificationExternalResult";

    /**
     * The seeds' error tables. GetCardVerificationResult has no seed page: its codes are those Tencent's SDKs list
     * for it. IDCardOCR also answers two codes seed 004 omits and Tencent's current reference lists.
     */
    private static final Map<String, Set<String>> ERRORS = Map.of(
            INTL,
                    Set.of(
                            "FailedOperation.CardSideError",
                            "FailedOperation.DownLoadError",
                            "FailedOperation.EmptyImageError",
                            "FailedOperation.IdCardInfoIllegal",
                            "FailedOperation.IdCardTooSmall",
                            "FailedOperation.ImageBlur",
                            "FailedOperation.ImageDecodeFailed",
                            "FailedOperation.ImageNoIdCard",
                            "FailedOperation.ImageSizeTooLarge",
                            "FailedOperation.MultiCardError",
                            "FailedOperation.OcrFailed",
                            "FailedOperation.UnKnowError",
                            "FailedOperation.UnOpenError",
                            "FailedOperation.WarningServiceFailed",
                            "InvalidParameter.ConfigFormatError",
                            "InvalidParameterValue.InvalidParameterValueLimit",
                            "LimitExceeded.TooLargeFileError",
                            "ResourceUnavailable.InArrears",
                            "ResourceUnavailable.ResourcePackageRunOut",
                            "ResourcesSoldOut.ChargeStatusException"),
            MAINLAND,
                    Set.of(
                            "FailedOperation.DownLoadError",
                            "FailedOperation.EmptyImageError",
                            "FailedOperation.ImageBlur",
                            "FailedOperation.ImageDecodeFailed",
                            "FailedOperation.ImageNoIdCard",
                            "FailedOperation.ImageSizeTooLarge",
                            "FailedOperation.OcrFailed",
                            "FailedOperation.UnKnowError",
                            "FailedOperation.UnOpenError",
                            "InvalidParameter.ConfigFormatError",
                            "InvalidParameterValue.InvalidParameterValueLimit",
                            "LimitExceeded.TooLargeFileError",
                            "ResourcesSoldOut.ChargeStatusException",
                            "FailedOperation.MultiCardError",
                            "FailedOperation.IdCardInfoIllegal"),
            VERIFY,
                    Set.of(
                            "AuthFailure.InvalidAuthorization",
                            "FailedOperation.DecryptSystemError",
                            "FailedOperation.DownLoadError",
                            "FailedOperation.EmptyImageError",
                            "FailedOperation.ImageBlur",
                            "FailedOperation.ImageDecodeFailed",
                            "FailedOperation.ImageNoIdCard",
                            "FailedOperation.ImageSizeTooLarge",
                            "FailedOperation.OcrFailed",
                            "FailedOperation.StsUnAuthErrError",
                            "FailedOperation.UnKnown",
                            "InvalidParameter",
                            "InvalidParameter.UnsupportEncryptField",
                            "InvalidParameterValue",
                            "UnauthorizedOperation.Arrears",
                            "UnauthorizedOperation.ChargeStatusException",
                            "UnauthorizedOperation.NonAuthorize",
                            "UnauthorizedOperation.Nonactivated"),
            CHECK,
                    Set.of(
                            "FailedOperation.CompareFail",
                            "FailedOperation.CompareLowSimilarity",
                            "FailedOperation.CompareSystemError",
                            "FailedOperation.DownLoadError",
                            "FailedOperation.EmptyImageError",
                            "FailedOperation.EncryptSystemError",
                            "FailedOperation.FileSaveError",
                            "FailedOperation.IdFormatError",
                            "FailedOperation.IdNameMisMatch",
                            "FailedOperation.IdNoExistSystem",
                            "FailedOperation.IdPhotoNoExist",
                            "FailedOperation.IdPhotoPoorQuality",
                            "FailedOperation.IdPhotoSystemNoanswer",
                            "FailedOperation.ImageBlur",
                            "FailedOperation.ImageDecodeFailed",
                            "FailedOperation.ImageNoIdCard",
                            "FailedOperation.ImageSizeTooLarge",
                            "FailedOperation.LifePhotoDetectFaces",
                            "FailedOperation.LifePhotoDetectFake",
                            "FailedOperation.LifePhotoDetectNoFaces",
                            "FailedOperation.LifePhotoPoorQuality",
                            "FailedOperation.LifePhotoSizeError",
                            "FailedOperation.OcrFailed",
                            "FailedOperation.RequestLimitExceeded",
                            "FailedOperation.StsUnAuthErrError",
                            "FailedOperation.UnKnown",
                            "InternalError.EncryptSystemError",
                            "InternalError.UnKnown",
                            "InvalidParameter",
                            "UnauthorizedOperation.Arrears",
                            "UnauthorizedOperation.ChargeStatusException",
                            "UnauthorizedOperation.Nonactivated"),
            APPLY,
                    Set.of(
                            "FailedOperation.ImageSizeTooLarge",
                            "FailedOperation.UnKnowError",
                            "FailedOperation.UnOpenError",
                            "InvalidParameter.EngineImageDecodeFailed",
                            "InvalidParameterValue.InvalidFileContentSize",
                            "InvalidParameterValue.InvalidParameterValueLimit",
                            "ResourceUnavailable.ImageDownloadError",
                            "ResourceUnavailable.InArrears",
                            "ResourceUnavailable.ResourcePackageRunOut"),
            GET,
                    Set.of(
                            "FailedOperation.UnKnowError",
                            "FailedOperation.UnOpenError",
                            "InvalidParameterValue.InvalidParameterValueLimit",
                            "ResourceUnavailable.InArrears",
                            "ResourceUnavailable.ResourcePackageRunOut"),
            EXT_APPLY,
                    Set.of(
                            "FailedOperation.DownLoadError",
                            "FailedOperation.EmptyImageError",
                            "FailedOperation.IdCardTooSmall",
                            "FailedOperation.ImageDecodeFailed",
                            "FailedOperation.ImageSizeTooLarge",
                            "FailedOperation.UnKnowError",
                            "FailedOperation.UnOpenError",
                            "InvalidParameterValue.InvalidParameterValueLimit",
                            "LimitExceeded.TooLargeFileError",
                            "ResourceUnavailable.InArrears",
                            "ResourceUnavailable.ResourcePackageRunOut",
                            "ResourcesSoldOut.ChargeStatusException"),
            EXT_GET,
                    Set.of(
                            "FailedOperation.UnKnowError",
                            "FailedOperation.UnOpenError",
                            "InvalidParameterValue.InvalidParameterValueLimit",
                            "ResourceUnavailable.InArrears",
                            "ResourceUnavailable.ResourcePackageRunOut"));

    /**
     * The documented Result values (IdCardOCRVerification, seed 000; CheckIdCardInformation, seed 001, whose Result
     * also carries FailedOperation codes of its error table) and Status values (GetCardVerificationResult) that are
     * not in the error tables.
     */
    private static final Map<String, Set<String>> ANSWERS = Map.of(
            VERIFY, Set.of("0", "-1", "-2", "-3", "-4", "-5", "-6", "-7"),
            CHECK, Set.of("Success", "FailedOperation.OcrWarningOccurred"),
            GET, Set.of("PROCESSING", "PASSED", "WARNING", "REJECTED"),
            // the page's three, and the SDK's other two (which only a forced result produces)
            EXT_GET, Set.of("PROCESSING", "PASSED", "WARNING", "ABNORMAL", "COMPLETED"));

    /** Every code and value a client of each action can meet. */
    private static final Map<String, Set<String>> DOCUMENTED = ERRORS.keySet().stream()
            .collect(Collectors.toMap(
                    action -> action,
                    action -> Stream.concat(
                                    ERRORS.get(action).stream(), ANSWERS.getOrDefault(action, Set.of()).stream())
                            .collect(Collectors.toSet())));

    private static final MainlandIdCard LI_MING = TestCards.card(TestCards.LI_MING_ID);
    private static final MainlandIdCard ZHAO_MIN = TestCards.card("330106200002290029");
    private static final Map<String, String> REACHED = new LinkedHashMap<>();
    private static final Map<String, Supplier<JsonNode>> SCENARIOS = new LinkedHashMap<>();
    private static ImageHost host;

    @BeforeAll
    static void serveImages() {
        host = new ImageHost();
    }

    @AfterAll
    static void stopServing() {
        host.close();
    }

    static {
        // RecognizeMainlandIDCardOCR (seed 002)
        scenario(INTL, "FailedOperation.CardSideError", () -> intl(front(LI_MING), Map.of("CardSide", "BACK")));
        scenario(
                INTL,
                "FailedOperation.DownLoadError",
                () -> post(INTL, Map.of("ImageUrl", "http://203.0.113.5/a.jpg")));
        scenario(INTL, "FailedOperation.EmptyImageError", () -> post(INTL, Map.of("ImageBase64", "")));
        scenario(
                INTL,
                "FailedOperation.IdCardInfoIllegal",
                () -> intl(
                        CardGenerator.front(
                                new MainlandIdCard(
                                        "李明",
                                        "男",
                                        "汉",
                                        LocalDate.of(1987, 1, 1),
                                        "某地",
                                        "44052419870101",
                                        "某局",
                                        LocalDate.of(2020, 1, 1),
                                        null,
                                        "subject-li-ming"),
                                ImageEncoding.JPEG),
                        Map.of()));
        scenario(INTL, "FailedOperation.IdCardTooSmall", () -> intl(defect(CardDefect.LOW_RESOLUTION), Map.of()));
        scenario(INTL, "FailedOperation.ImageBlur", () -> intl(defect(CardDefect.SEVERE_BLUR), Map.of()));
        scenario(INTL, "FailedOperation.ImageDecodeFailed", () -> intl(CardFiles.truncated(front(LI_MING)), Map.of()));
        scenario(INTL, "FailedOperation.ImageNoIdCard", () -> intl(TestCards.plain("png", 856, 540), Map.of()));
        scenario(INTL, "FailedOperation.ImageSizeTooLarge", () -> post(INTL, Map.of("ImageBase64", oversized(7))));
        scenario(INTL, "FailedOperation.MultiCardError", () -> intl(defect(CardDefect.MULTIPLE_CARDS), Map.of()));
        scenario(
                INTL,
                "InvalidParameterValue.InvalidParameterValueLimit",
                () -> intl(front(LI_MING), Map.of("CardSide", "SIDEWAYS")));
        scenario(
                INTL,
                "LimitExceeded.TooLargeFileError",
                () -> post(
                        INTL,
                        Map.of(
                                "ImageUrl",
                                host.serve("/intl-large.jpg", CardFiles.padded(front(LI_MING), 5_600_000)))));
        faultError(
                INTL,
                "FailedOperation.OcrFailed",
                "FailedOperation.UnKnowError",
                "FailedOperation.UnOpenError",
                "FailedOperation.WarningServiceFailed",
                "InvalidParameter.ConfigFormatError",
                "ResourceUnavailable.InArrears",
                "ResourceUnavailable.ResourcePackageRunOut",
                "ResourcesSoldOut.ChargeStatusException");

        // IDCardOCR (seed 004)
        scenario(
                MAINLAND,
                "FailedOperation.DownLoadError",
                () -> post(MAINLAND, Map.of("ImageUrl", "http://203.0.113.5/a.jpg")));
        scenario(MAINLAND, "FailedOperation.EmptyImageError", () -> post(MAINLAND, Map.of("ImageBase64", "")));
        scenario(MAINLAND, "FailedOperation.ImageBlur", () -> mainland(defect(CardDefect.SEVERE_BLUR), Map.of()));
        scenario(
                MAINLAND,
                "FailedOperation.ImageDecodeFailed",
                () -> mainland(CardFiles.corrupted(front(LI_MING)), Map.of()));
        scenario(MAINLAND, "FailedOperation.ImageNoIdCard", () -> mainland(front(LI_MING), Map.of("CardSide", "BACK")));
        scenario(
                MAINLAND,
                "FailedOperation.ImageSizeTooLarge",
                () -> post(MAINLAND, Map.of("ImageBase64", oversized(6))));
        scenario(
                MAINLAND,
                "FailedOperation.MultiCardError",
                () -> mainland(defect(CardDefect.MULTIPLE_CARDS), Map.of()));
        scenario(
                MAINLAND,
                "FailedOperation.IdCardInfoIllegal",
                () -> mainland(
                        CardGenerator.front(
                                new MainlandIdCard(
                                        "",
                                        "男",
                                        "汉",
                                        LocalDate.of(1987, 1, 1),
                                        "某地",
                                        TestCards.LI_MING_ID,
                                        "某局",
                                        LocalDate.of(2020, 1, 1),
                                        null,
                                        "subject-li-ming"),
                                ImageEncoding.JPEG),
                        Map.of()));
        scenario(
                MAINLAND,
                "InvalidParameter.ConfigFormatError",
                () -> mainland(front(LI_MING), Map.of("Config", "{bad")));
        scenario(
                MAINLAND,
                "InvalidParameterValue.InvalidParameterValueLimit",
                () -> mainland(front(LI_MING), Map.of("CardWarnType", "Everything")));
        scenario(
                MAINLAND,
                "LimitExceeded.TooLargeFileError",
                () -> post(
                        MAINLAND,
                        Map.of(
                                "ImageUrl",
                                host.serve("/mainland-large.jpg", CardFiles.padded(front(LI_MING), 2_600_000)))));
        faultError(
                MAINLAND,
                "FailedOperation.OcrFailed",
                "FailedOperation.UnKnowError",
                "FailedOperation.UnOpenError",
                "ResourcesSoldOut.ChargeStatusException");

        // IdCardOCRVerification (seed 000)
        scenario(
                VERIFY,
                "AuthFailure.InvalidAuthorization",
                () -> client.call(VERIFY)
                        .authorization("Basic c2FuZGJveA==")
                        .send(Map.of("Name", "李明", "IdCard", TestCards.LI_MING_ID)));
        scenario(
                VERIFY,
                "FailedOperation.DownLoadError",
                () -> post(VERIFY, Map.of("ImageUrl", "http://203.0.113.5/a.jpg")));
        scenario(VERIFY, "FailedOperation.EmptyImageError", () -> post(VERIFY, Map.of("ImageBase64", "")));
        scenario(VERIFY, "FailedOperation.ImageBlur", () -> image(VERIFY, defect(CardDefect.SEVERE_BLUR)));
        scenario(VERIFY, "FailedOperation.ImageDecodeFailed", () -> image(VERIFY, CardFiles.truncated(front(LI_MING))));
        scenario(
                VERIFY,
                "FailedOperation.ImageNoIdCard",
                () -> image(VERIFY, TestCards.back(LI_MING, ImageEncoding.JPEG)));
        scenario(VERIFY, "FailedOperation.ImageSizeTooLarge", () -> post(VERIFY, Map.of("ImageBase64", oversized(3))));
        scenario(VERIFY, "InvalidParameter", () -> post(VERIFY, Map.of()));
        scenario(VERIFY, "0", () -> verify("李明", TestCards.LI_MING_ID));
        scenario(VERIFY, "-1", () -> verify("王芳", TestCards.LI_MING_ID));
        scenario(VERIFY, "-2", () -> verify("李明", "440524198701010015"));
        scenario(VERIFY, "-3", () -> verify("李明1", TestCards.LI_MING_ID));
        scenario(VERIFY, "-5", () -> verify("赵六", "110101199003070011"));
        scenario(VERIFY, "-7", () -> {
            for (int i = 0; i < ActionSettings.defaults().dailyVerificationLimit(); i++) {
                verify("陈静", "310104199003077842");
            }
            return verify("陈静", "310104199003077842");
        });
        forcedResult(VERIFY, "-4", "-6");
        scenario(VERIFY, "FailedOperation.DecryptSystemError", () -> encryptedVerify(Map.of("CiphertextBlob", "abc=")));
        scenario(
                VERIFY,
                "InvalidParameter.UnsupportEncryptField",
                () -> encryptedVerify(Map.of("EncryptList", List.of("Name", "IdCard", "ImageUrl"))));
        scenario(VERIFY, "InvalidParameterValue", () -> encryptedVerify(Map.of("Iv", "AAAA")));
        faultError(
                VERIFY,
                "FailedOperation.OcrFailed",
                "FailedOperation.StsUnAuthErrError",
                "FailedOperation.UnKnown",
                "UnauthorizedOperation.Arrears",
                "UnauthorizedOperation.ChargeStatusException",
                "UnauthorizedOperation.NonAuthorize",
                "UnauthorizedOperation.Nonactivated");

        // CheckIdCardInformation (seed 001): Result values first, then errors
        scenario(CHECK, "Success", () -> image(CHECK, front(ZHAO_MIN)));
        scenario(
                CHECK,
                "FailedOperation.OcrWarningOccurred",
                () -> post(
                        CHECK,
                        Map.of(
                                "Config",
                                "{\"CopyWarn\":true}",
                                "ImageBase64",
                                TestCards.base64(
                                        CardGenerator.front(ZHAO_MIN, ImageEncoding.JPEG, CardDefect.PHOTOCOPY)))));
        scenario(
                CHECK,
                "FailedOperation.IdFormatError",
                () -> image(
                        CHECK,
                        CardGenerator.front(
                                new MainlandIdCard(
                                        "李明",
                                        "男",
                                        "汉",
                                        LocalDate.of(1987, 1, 1),
                                        "某地",
                                        "440524198701010015",
                                        "某局",
                                        LocalDate.of(2020, 1, 1),
                                        null,
                                        "subject-li-ming"),
                                ImageEncoding.JPEG)));
        scenario(
                CHECK,
                "FailedOperation.IdNameMisMatch",
                () -> image(
                        CHECK,
                        CardGenerator.front(
                                new MainlandIdCard(
                                        "王五",
                                        "男",
                                        "汉",
                                        LocalDate.of(1987, 1, 1),
                                        "某地",
                                        TestCards.LI_MING_ID,
                                        "某局",
                                        LocalDate.of(2020, 1, 1),
                                        null,
                                        "subject-li-ming"),
                                ImageEncoding.JPEG)));
        scenario(
                CHECK,
                "FailedOperation.IdNoExistSystem",
                () -> image(
                        CHECK,
                        CardGenerator.front(
                                new MainlandIdCard(
                                        "赵六",
                                        "男",
                                        "汉",
                                        LocalDate.of(1990, 3, 7),
                                        "某地",
                                        "110101199003070011",
                                        "某局",
                                        LocalDate.of(2020, 1, 1),
                                        null,
                                        "subject-zhao-liu"),
                                ImageEncoding.JPEG)));
        scenario(
                CHECK,
                "FailedOperation.IdPhotoNoExist",
                () -> image(CHECK, front(TestCards.card("420106198309090138"))));
        scenario(
                CHECK,
                "FailedOperation.IdPhotoPoorQuality",
                () -> image(CHECK, front(TestCards.card("500103199912010265"))));
        scenario(CHECK, "FailedOperation.LifePhotoDetectFaces", () -> image(CHECK, defect(CardDefect.MULTIPLE_CARDS)));
        scenario(CHECK, "FailedOperation.LifePhotoDetectNoFaces", () -> image(CHECK, defect(CardDefect.OCCLUDED)));
        scenario(CHECK, "FailedOperation.LifePhotoPoorQuality", () -> image(CHECK, defect(CardDefect.LOW_RESOLUTION)));
        scenario(CHECK, "FailedOperation.LifePhotoSizeError", () -> image(CHECK, defect(CardDefect.SMALL_IN_FRAME)));
        scenario(
                CHECK,
                "FailedOperation.DownLoadError",
                () -> post(CHECK, Map.of("ImageUrl", "http://203.0.113.5/a.jpg")));
        scenario(CHECK, "FailedOperation.EmptyImageError", () -> post(CHECK, Map.of("ImageBase64", "")));
        scenario(CHECK, "FailedOperation.ImageBlur", () -> image(CHECK, defect(CardDefect.SEVERE_BLUR)));
        scenario(CHECK, "FailedOperation.ImageDecodeFailed", () -> image(CHECK, CardFiles.corrupted(front(LI_MING))));
        scenario(CHECK, "FailedOperation.ImageNoIdCard", () -> image(CHECK, TestCards.plain("png", 856, 540)));
        scenario(CHECK, "FailedOperation.ImageSizeTooLarge", () -> post(CHECK, Map.of("ImageBase64", oversized(7))));
        scenario(
                CHECK,
                "InvalidParameter",
                () -> post(CHECK, Map.of("Config", "[1]", "ImageBase64", TestCards.base64(front(LI_MING)))));
        forcedResult(
                CHECK,
                "FailedOperation.CompareFail",
                "FailedOperation.CompareLowSimilarity",
                "FailedOperation.CompareSystemError",
                "FailedOperation.IdPhotoSystemNoanswer",
                "FailedOperation.LifePhotoDetectFake");
        scenario(CHECK, "FailedOperation.EncryptSystemError", () -> {
            Map<String, Object> encryption =
                    new HashMap<>(TestEncryption.fresh().encryption());
            encryption.put("CiphertextBlob", "abc=");
            return post(
                    CHECK,
                    Map.of(
                            "ImageBase64",
                            TestCards.base64(front(LI_MING)),
                            "IsEncrypt",
                            true,
                            "Encryption",
                            encryption));
        });
        faultError(
                CHECK,
                "FailedOperation.FileSaveError",
                "FailedOperation.OcrFailed",
                "FailedOperation.RequestLimitExceeded",
                "FailedOperation.StsUnAuthErrError",
                "FailedOperation.UnKnown",
                "InternalError.EncryptSystemError",
                "InternalError.UnKnown",
                "UnauthorizedOperation.Arrears",
                "UnauthorizedOperation.ChargeStatusException",
                "UnauthorizedOperation.Nonactivated");

        // ApplyCardVerification (seed 003)
        scenario(APPLY, "FailedOperation.ImageSizeTooLarge", () -> apply(TestCards.plain("png", 8001, 4)));
        scenario(APPLY, "InvalidParameter.EngineImageDecodeFailed", () -> apply(TestCards.plain("gif", 30, 20)));
        scenario(APPLY, "InvalidParameterValue.InvalidFileContentSize", () -> apply(new byte[0]));
        scenario(
                APPLY,
                "InvalidParameterValue.InvalidParameterValueLimit",
                () -> post(
                        APPLY,
                        Map.of(
                                "Nationality",
                                "HKG",
                                "CardType",
                                "ID_CARD",
                                "ImageBase64Front",
                                TestCards.base64(foreign(IssuingCountry.HKG, null)))));
        scenario(
                APPLY,
                "ResourceUnavailable.ImageDownloadError",
                () -> post(
                        APPLY,
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageUrlFront",
                                "http://203.0.113.5/a.jpg")));
        faultError(
                APPLY,
                "FailedOperation.UnKnowError",
                "FailedOperation.UnOpenError",
                "ResourceUnavailable.InArrears",
                "ResourceUnavailable.ResourcePackageRunOut");

        // GetCardVerificationResult (no seed page; Tencent's SDKs list these codes)
        scenario(
                GET,
                "InvalidParameterValue.InvalidParameterValueLimit",
                () -> post(GET, Map.of("CardVerificationToken", "NOT-A-TOKEN")));
        scenario(GET, "PROCESSING", () -> poll(VerificationScenario.of(1, CardVerificationVerdict.PASSED), 1));
        scenario(GET, "PASSED", () -> poll(VerificationScenario.of(0, CardVerificationVerdict.PASSED), 1));
        scenario(
                GET,
                "WARNING",
                () -> poll(VerificationScenario.of(1, CardVerificationVerdict.WARNING, "PoorImageQuality"), 2));
        scenario(
                GET,
                "REJECTED",
                () -> poll(VerificationScenario.of(0, CardVerificationVerdict.REJECTED, "FakeSuspected"), 1));
        faultError(
                GET,
                "FailedOperation.UnKnowError",
                "FailedOperation.UnOpenError",
                "ResourceUnavailable.InArrears",
                "ResourceUnavailable.ResourcePackageRunOut");

        // ApplyCardVerificationExternal (OCR; its page's parameter limits, the OCR product's codes)
        scenario(
                EXT_APPLY,
                "FailedOperation.DownLoadError",
                () -> post(
                        EXT_APPLY,
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageUrlFront",
                                "http://203.0.113.5/a.jpg")));
        scenario(EXT_APPLY, "FailedOperation.EmptyImageError", () -> applyExternal(new byte[0]));
        scenario(EXT_APPLY, "FailedOperation.IdCardTooSmall", () -> applyExternal(TestCards.plain("png", 255, 300)));
        scenario(EXT_APPLY, "FailedOperation.ImageDecodeFailed", () -> applyExternal(TestCards.plain("gif", 300, 300)));
        scenario(
                EXT_APPLY, "FailedOperation.ImageSizeTooLarge", () -> applyExternal(TestCards.plain("png", 4097, 300)));
        scenario(
                EXT_APPLY,
                "InvalidParameterValue.InvalidParameterValueLimit",
                () -> post(
                        EXT_APPLY,
                        Map.of(
                                "Nationality",
                                "HKG",
                                "CardType",
                                "ID_CARD",
                                "ImageBase64Front",
                                TestCards.base64(foreign(IssuingCountry.HKG, null)))));
        scenario(
                EXT_APPLY,
                "LimitExceeded.TooLargeFileError",
                () -> post(
                        EXT_APPLY,
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageUrlFront",
                                host.serve(
                                        "/external-big.jpg",
                                        CardFiles.padded(foreign(IssuingCountry.IDN, null), 1_600_000)))));
        faultError(
                EXT_APPLY,
                "FailedOperation.UnKnowError",
                "FailedOperation.UnOpenError",
                "ResourceUnavailable.InArrears",
                "ResourceUnavailable.ResourcePackageRunOut",
                "ResourcesSoldOut.ChargeStatusException");

        // GetCardVerificationExternalResult (OCR): the page's Status values through scenarios, the SDK's by force
        scenario(
                EXT_GET,
                "InvalidParameterValue.InvalidParameterValueLimit",
                () -> post(EXT_GET, Map.of("CardVerificationToken", "NOT-A-TOKEN")));
        scenario(
                EXT_GET,
                "PROCESSING",
                () -> pollExternal(VerificationScenario.of(1, CardVerificationVerdict.PASSED), 1));
        scenario(EXT_GET, "PASSED", () -> pollExternal(VerificationScenario.of(0, CardVerificationVerdict.PASSED), 1));
        scenario(
                EXT_GET,
                "WARNING",
                () -> pollExternal(VerificationScenario.of(0, CardVerificationVerdict.REJECTED, "FakeSuspected"), 1));
        forcedResult(EXT_GET, "ABNORMAL", "COMPLETED");
        faultError(
                EXT_GET,
                "FailedOperation.UnKnowError",
                "FailedOperation.UnOpenError",
                "ResourceUnavailable.InArrears",
                "ResourceUnavailable.ResourcePackageRunOut");
    }

    @Test
    void everyDocumentedCodeHasExactlyOneWayIn() {
        for (Map.Entry<String, Set<String>> action : DOCUMENTED.entrySet()) {
            Set<String> reached = REACHED.keySet().stream()
                    .filter(key -> key.startsWith(action.getKey() + " "))
                    .map(key -> key.substring(action.getKey().length() + 1))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(reached).as(action.getKey()).isEqualTo(new TreeSet<>(action.getValue()));
        }
        assertThat(REACHED.keySet()).allMatch(key -> DOCUMENTED.containsKey(key.substring(0, key.indexOf(' '))));
    }

    static Stream<String> scenarios() {
        return SCENARIOS.keySet().stream();
    }

    static Stream<String> forcedResults() {
        return REACHED.entrySet().stream()
                .filter(entry -> entry.getValue().equals(How.FORCED_RESULT.name()))
                .map(Map.Entry::getKey);
    }

    static Stream<String> faultErrors() {
        return REACHED.entrySet().stream()
                .filter(entry -> entry.getValue().equals(How.FAULT_ERROR.name()))
                .map(Map.Entry::getKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void reachesThroughAScenario(String actionAndCode) {
        JsonNode response = SCENARIOS.get(actionAndCode).get();

        assertThat(observed(response)).isEqualTo(code(actionAndCode));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forcedResults")
    void reachesThroughAForcedResult(String actionAndCode) {
        String action = actionAndCode.substring(0, actionAndCode.indexOf(' '));
        addFault("{\"action\":\"" + action + "\",\"kind\":\"result\",\"code\":\"" + code(actionAndCode)
                + "\",\"count\":1}");

        JsonNode response = switch (action) {
            case VERIFY -> verify("李明", TestCards.LI_MING_ID);
            case EXT_GET -> post(EXT_GET, Map.of("CardVerificationToken", "ANY-TOKEN"));
            default -> image(CHECK, front(LI_MING));
        };

        assertThat(errorCode(response)).isNull();
        assertThat(observed(response)).isEqualTo(code(actionAndCode));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultErrors")
    void reachesThroughAnInjectedError(String actionAndCode) {
        String action = actionAndCode.substring(0, actionAndCode.indexOf(' '));
        addFault("{\"action\":\"" + action + "\",\"kind\":\"error\",\"code\":\"" + code(actionAndCode)
                + "\",\"count\":1}");

        assertThat(errorCode(post(action, Map.of()))).isEqualTo(code(actionAndCode));
    }

    private static void scenario(String action, String code, Supplier<JsonNode> call) {
        REACHED.put(action + " " + code, How.SCENARIO.name());
        SCENARIOS.put(action + " " + code, call);
    }

    /** Li Ming's pair encrypted under a fresh key, with {@code spoil} replacing parts of the Encryption object. */
    private static JsonNode encryptedVerify(Map<String, Object> spoil) {
        TestEncryption caller = TestEncryption.fresh();
        Map<String, Object> encryption = new HashMap<>(caller.encryption("Name", "IdCard"));
        encryption.putAll(spoil);
        return post(
                VERIFY,
                Map.of(
                        "Name", caller.encrypt("李明"),
                        "IdCard", caller.encrypt(TestCards.LI_MING_ID),
                        "ImageUrl", caller.encrypt("https://example.com/a.jpg"),
                        "Encryption", encryption));
    }

    private static void forcedResult(String action, String... codes) {
        for (String code : codes) {
            REACHED.put(action + " " + code, How.FORCED_RESULT.name());
        }
    }

    private static void faultError(String action, String... codes) {
        for (String code : codes) {
            REACHED.put(action + " " + code, How.FAULT_ERROR.name());
        }
    }

    private static String code(String actionAndCode) {
        return actionAndCode.substring(actionAndCode.indexOf(' ') + 1);
    }

    /** The error code, else the Result, else the Status of a response. */
    private static String observed(JsonNode response) {
        String error = errorCode(response);
        if (error != null) {
            return error;
        }
        return response.has("Result")
                ? response.get("Result").asText()
                : response.path("Status").asText();
    }

    private static void addFault(String json) {
        HttpResponse<String> added = client.postJson("/_sandbox/faults", json);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    private static JsonNode post(String action, Map<String, ?> parameters) {
        return client.post(action, parameters);
    }

    private static JsonNode intl(byte[] image, Map<String, ?> extra) {
        return withImage(INTL, image, extra);
    }

    private static JsonNode mainland(byte[] image, Map<String, ?> extra) {
        return withImage(MAINLAND, image, extra);
    }

    private static JsonNode image(String action, byte[] image) {
        return withImage(action, image, Map.of());
    }

    private static JsonNode withImage(String action, byte[] image, Map<String, ?> extra) {
        Map<String, Object> parameters = new HashMap<>(extra);
        parameters.put("ImageBase64", TestCards.base64(image));
        return post(action, parameters);
    }

    private static JsonNode verify(String name, String idNumber) {
        return post(VERIFY, Map.of("Name", name, "IdCard", idNumber));
    }

    private static JsonNode apply(byte[] front) {
        return post(
                APPLY,
                Map.of("Nationality", "IDN", "CardType", "ID_CARD", "ImageBase64Front", TestCards.base64(front)));
    }

    private static JsonNode applyExternal(byte[] front) {
        return post(
                EXT_APPLY,
                Map.of("Nationality", "IDN", "CardType", "ID_CARD", "ImageBase64Front", TestCards.base64(front)));
    }

    /** Applies to the OCR pair with a card playing this scenario and returns the given poll. */
    private static JsonNode pollExternal(VerificationScenario scenario, int poll) {
        String token = applyExternal(foreign(IssuingCountry.IDN, scenario))
                .get("CardVerificationToken")
                .asText();
        JsonNode response = null;
        for (int i = 0; i < poll; i++) {
            response = post(EXT_GET, Map.of("CardVerificationToken", token));
        }
        return response;
    }

    /** Applies with a card playing this scenario and returns the given poll. */
    private static JsonNode poll(VerificationScenario scenario, int poll) {
        String token = post(
                        APPLY,
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageBase64Front",
                                TestCards.base64(foreign(IssuingCountry.IDN, scenario))))
                .get("CardVerificationToken")
                .asText();
        JsonNode response = null;
        for (int i = 0; i < poll; i++) {
            response = post(GET, Map.of("CardVerificationToken", token));
        }
        return response;
    }

    private static byte[] foreign(IssuingCountry country, VerificationScenario scenario) {
        var card = SampleForeignCards.of(country, ForeignDocumentType.ID_CARD);
        return ForeignCardGenerator.front(scenario == null ? card : card.withScenario(scenario), ImageEncoding.JPEG);
    }

    private static byte[] front(MainlandIdCard card) {
        return TestCards.front(card, ImageEncoding.JPEG);
    }

    private static byte[] defect(CardDefect defect) {
        return CardGenerator.front(ZHAO_MIN, ImageEncoding.JPEG, defect);
    }

    /** Base64 text one character over {@code megabytes}. */
    private static String oversized(int megabytes) {
        return "A".repeat(megabytes * 1024 * 1024 + 4);
    }

    /** The fault API accepts an injected error only if {@code DocumentedErrors} lists it: the same tables. */
    @Test
    void knowsTheSameErrorCodesAsTheFaultApi() {
        ERRORS.forEach((action, codes) ->
                assertThat(new TreeSet<>(codes)).as(action).isEqualTo(new TreeSet<>(DocumentedErrors.codes(action))));
        assertThat(ERRORS.keySet()).isEqualTo(DocumentedErrors.actions());
    }

    @Test
    void listsTheSameEightActionsTheSandboxServes() {
        assertThat(DOCUMENTED.keySet())
                .containsExactlyInAnyOrder(INTL, MAINLAND, VERIFY, CHECK, APPLY, GET, EXT_APPLY, EXT_GET);
        assertThat(List.copyOf(DOCUMENTED.keySet()))
                .allSatisfy(
                        action -> assertThat(errorCode(post(action, Map.of()))).isNotEqualTo("InvalidAction"));
    }
}
