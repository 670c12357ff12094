package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.ImageHost;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardFiles;
import io.onboarding.kyc.sandbox.card.CardVerificationVerdict;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignCardGenerator;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.SampleForeignCards;
import io.onboarding.kyc.sandbox.card.VerificationScenario;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ApplyCardVerificationExternal and GetCardVerificationExternalResult (OCR 2018-11-19): Tencent's pages
 * www.tencentcloud.com/document/api/1005/74400 and 74402, over HTTP.
 */
class CardVerificationExternalIT extends SandboxHarness {

    private static final String APPLY = "ApplyCardVerificationExternal";
    private static final String GET = "GetCardVerificationExternalResult";

    @Test
    void issuesATokenThenAnswersProcessingThenPassed() {
        JsonNode applied = apply(
                "SGP",
                "ID_CARD",
                front(IssuingCountry.SGP, ForeignDocumentType.ID_CARD),
                back(IssuingCountry.SGP, ForeignDocumentType.ID_CARD));

        assertThat(errorCode(applied)).isNull();
        assertThat(fieldNames(applied)).containsExactlyInAnyOrder("CardVerificationToken", "RequestId");
        String token = applied.get("CardVerificationToken").asText();

        JsonNode first = poll(token);
        assertThat(first.get("Status").asText()).isEqualTo("PROCESSING");
        assertThat(first.get("WarnInfo")).isEmpty();
        assertThat(first.get("CardInfo").isNull()).isTrue();
        assertThat(first.get("BackCardInfo").isNull()).isTrue();
        assertThat(first.get("Nationality").isNull()).isTrue();
        assertThat(first.get("CardVerificationToken").asText()).isEqualTo(token);
        assertThat(poll(token).get("Status").asText()).isEqualTo("PROCESSING");

        JsonNode verdict = poll(token);
        assertThat(fieldNames(verdict))
                .containsExactlyInAnyOrder(
                        "Status",
                        "WarnInfo",
                        "Nationality",
                        "CardInfo",
                        "BackCardInfo",
                        "CardVerificationToken",
                        "HeadImageBase64",
                        "RequestId");
        assertThat(verdict.get("Status").asText()).isEqualTo("PASSED");
        assertThat(verdict.get("WarnInfo")).isEmpty();
        assertThat(verdict.get("Nationality").asText()).isEqualTo("SGP");
        assertThat(verdict.get("HeadImageBase64").asText()).as("not asked for").isEmpty();
        ForeignCard card = SampleForeignCards.of(IssuingCountry.SGP, ForeignDocumentType.ID_CARD);
        JsonNode info = verdict.get("CardInfo");
        assertThat(fieldNames(info)).containsExactlyInAnyOrderElementsOf(ExternalCardInfo.MEMBERS);
        assertThat(info.get("LicenseNumber").asText()).isEqualTo(card.documentNumber());
        assertThat(info.get("FullName").asText()).isEqualTo(card.fullName());
        assertThat(info.get("LastName").asText()).isEqualTo(card.surname());
        assertThat(info.get("Birthday").asText()).isEqualTo(card.birth().toString());
        assertThat(info.get("IssuedCountryCode").asText()).isEqualTo("SGP");
        assertThat(info.get("Type").asText()).isEqualTo("ID_CARD");
        assertThat(info.get("MRZLine1").isNull()).as("an ID card has no MRZ").isTrue();
        JsonNode backInfo = verdict.get("BackCardInfo");
        assertThat(backInfo.get("LicenseNumber").asText()).isEqualTo(card.documentNumber());
        assertThat(backInfo.get("Address").get("FormattedAddress").asText()).isEqualTo(card.address());
        assertThat(poll(token).get("Status").asText()).as("the verdict stays").isEqualTo("PASSED");

        List<LedgerEntry> calls = sandbox.ledger().calls();
        assertThat(calls)
                .extracting(LedgerEntry::resultCode)
                .containsExactly("Success", "PROCESSING", "PROCESSING", "PASSED", "PASSED");
        assertThat(calls).extracting(LedgerEntry::billable).containsExactly(true, false, false, false, false);
        assertThat(calls).extracting(LedgerEntry::identity).doesNotContainNull();
    }

    @Test
    void describesAPassportWithItsMachineReadableZone() {
        JsonNode info = verdict(apply("SGP", "PASSPORT", front(IssuingCountry.SGP, ForeignDocumentType.PASSPORT), null))
                .get("CardInfo");

        assertThat(info.get("MRZLine1").asText()).hasSize(44).startsWith("P<SGP");
        assertThat(info.get("MRZLine2").asText()).hasSize(44);
        assertThat(info.get("PassportCodeFirst").asText())
                .isEqualTo(info.get("MRZLine1").asText());
    }

    @Test
    void returnsTheHolderPhotoOnlyWhenAskedFor() throws Exception {
        Map<String, Object> parameters =
                parameters("IDN", "ID_CARD", front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null);
        parameters.put("ReturnHeadImage", true);

        JsonNode verdict = verdict(client.post(APPLY, parameters));

        byte[] head = Base64.getDecoder().decode(verdict.get("HeadImageBase64").asText());
        var pixels = ImageIO.read(new ByteArrayInputStream(head));
        assertThat(pixels).isNotNull();
        assertThat(pixels.getHeight()).isGreaterThan(pixels.getWidth()).isLessThan(540);
        assertThat(verdict(apply("IDN", "ID_CARD", front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null))
                        .get("HeadImageBase64")
                        .asText())
                .isEmpty();
        assertThat(errorCode(client.post(
                        APPLY,
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageBase64Front",
                                TestCards.base64(front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD)),
                                "ReturnHeadImage",
                                "true"))))
                .as("a Boolean, not a string")
                .isEqualTo("InvalidParameter");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PHOTOCOPY, PaperCopy",
        "COLOUR_PHOTOCOPY, PaperCopy",
        "RESHOOT, RetakeSuspected",
        "ELECTRONIC, ScreenshotSuspected",
        "PS_ALTERED, FakeSuspected",
        "BLURRY, PoorImageQuality",
        "SEVERE_BLUR, PoorImageQuality",
        "SMALL_IN_FRAME, PoorImageQuality",
        "TEMPORARY, OtherWarning",
        "REFLECTIVE, PoorImageQuality",
        "MULTIPLE_CARDS, TooManyCards",
        "INCOMPLETE_BORDER, IncompleteCard",
        "OCCLUDED, IncompleteCard",
        "WATERMARK, OtherWarning",
    })
    void warnsAboutWhatTheGeneratorDrewIntoThePhoto(CardDefect defect, String warning) {
        ForeignCard card = SampleForeignCards.of(IssuingCountry.IDN, ForeignDocumentType.ID_CARD);

        JsonNode verdict =
                verdict(apply("IDN", "ID_CARD", ForeignCardGenerator.front(card, ImageEncoding.JPEG, defect), null));

        assertThat(verdict.get("Status").asText())
                .as("the page knows no REJECTED: a suspected fake is a WARNING too")
                .isEqualTo("WARNING");
        assertThat(verdict.get("WarnInfo")).extracting(JsonNode::asText).containsExactly(warning);
        assertThat(verdict.get("CardInfo").get("LicenseNumber").asText()).isEqualTo(card.documentNumber());
    }

    @Test
    void refusesAPhotoTooSmallToRead() {
        ForeignCard card = SampleForeignCards.of(IssuingCountry.IDN, ForeignDocumentType.ID_CARD);

        assertThat(errorCode(apply(
                        "IDN",
                        "ID_CARD",
                        ForeignCardGenerator.front(card, ImageEncoding.JPEG, CardDefect.LOW_RESOLUTION),
                        null)))
                .isEqualTo("FailedOperation.IdCardTooSmall");
    }

    @Test
    void playsTheScenarioTheCardCarries() {
        ForeignCard warned = SampleForeignCards.of(IssuingCountry.THA, ForeignDocumentType.ID_CARD)
                .withScenario(VerificationScenario.of(
                        3, CardVerificationVerdict.WARNING, "PoorImageQuality", "RetakeSuspected"));
        String token = apply("THA", "ID_CARD", ForeignCardGenerator.front(warned, ImageEncoding.JPEG), null)
                .get("CardVerificationToken")
                .asText();

        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(poll(token).get("Status").asText());
        }

        assertThat(statuses).containsExactly("PROCESSING", "PROCESSING", "PROCESSING", "WARNING");
        assertThat(poll(token).get("WarnInfo"))
                .extracting(JsonNode::asText)
                .containsExactly("PoorImageQuality", "RetakeSuspected");
    }

    @Test
    void warnsWhenTheDocumentIsNotTheOneDeclared() {
        JsonNode otherCountry =
                verdict(apply("THA", "ID_CARD", front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null));
        JsonNode otherType = verdict(apply(
                "SGP",
                "RESIDENCE_PERMIT",
                front(IssuingCountry.SGP, ForeignDocumentType.ID_CARD),
                back(IssuingCountry.SGP, ForeignDocumentType.ID_CARD)));
        JsonNode otherBack = verdict(apply(
                "MYS",
                "ID_CARD",
                front(IssuingCountry.MYS, ForeignDocumentType.ID_CARD),
                back(IssuingCountry.SGP, ForeignDocumentType.ID_CARD)));
        JsonNode mainland = verdict(apply(
                "IDN", "ID_CARD", TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.JPEG), null));

        for (JsonNode verdict : List.of(otherCountry, otherType, otherBack)) {
            assertThat(verdict.get("Status").asText()).isEqualTo("WARNING");
            assertThat(verdict.get("WarnInfo"))
                    .extracting(JsonNode::asText)
                    .containsExactly("InformationVerificationFailed");
        }
        assertThat(otherBack.get("BackCardInfo").isNull())
                .as("the back is not this document's")
                .isTrue();
        assertThat(mainland.get("Status").asText()).isEqualTo("WARNING");
        assertThat(mainland.get("WarnInfo")).extracting(JsonNode::asText).containsExactly("OtherWarning");
        assertThat(mainland.get("CardInfo").isNull()).isTrue();
        assertThat(mainland.get("Nationality").asText()).isEqualTo("IDN");
    }

    @ParameterizedTest(name = "{0} {1}: back required {2}")
    @CsvSource({
        "IDN, ID_CARD, false",
        "IDN, DRIVING_LICENSE, false",
        "HKG, ID_CARD, true",
        "THA, ID_CARD, false",
        "THA, DRIVING_LICENSE, true",
        "SGP, ID_CARD, true",
        "SGP, DRIVING_LICENSE, true",
        "SGP, PASSPORT, false",
        "BGD, ID_CARD, true",
        "NGA, ID_CARD, true",
        "PAK, ID_CARD, true",
    })
    void requiresTheBackSideWhereThePageDoes(IssuingCountry country, ForeignDocumentType type, boolean backRequired) {
        JsonNode frontOnly = apply(country.name(), type.name(), front(country, type), null);

        assertThat(errorCode(frontOnly))
                .isEqualTo(backRequired ? "InvalidParameterValue.InvalidParameterValueLimit" : null);
        if (backRequired) {
            assertThat(frontOnly.path("Error").path("Message").asText()).contains("back side");
            JsonNode withBack = verdict(apply(country.name(), type.name(), front(country, type), back(country, type)));
            assertThat(withBack.get("Status").asText()).isEqualTo("PASSED");
        } else {
            assertThat(verdict(frontOnly).get("Status").asText()).isEqualTo("PASSED");
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "CHN, ID_CARD",
        "HKG, DRIVING_LICENSE",
        "IDN, PASSPORT",
        "TWN, ID_CARD",
        "AUTO, AUTO",
        "idn, ID_CARD",
        "IDN, VISA",
    })
    void refusesDocumentsThePageDoesNotList(String nationality, String type) {
        assertThat(errorCode(apply(nationality, type, front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null)))
                .isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
    }

    @Test
    void needsNationalityCardTypeAndAFront() {
        String image = TestCards.base64(front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD));

        assertThat(errorCode(client.post(APPLY, Map.of("CardType", "ID_CARD", "ImageBase64Front", image))))
                .isEqualTo("MissingParameter");
        assertThat(errorCode(client.post(APPLY, Map.of("Nationality", "IDN", "ImageBase64Front", image))))
                .isEqualTo("MissingParameter");
        assertThat(errorCode(client.post(
                        APPLY, Map.of("Nationality", "IDN", "CardType", "ID_CARD", "ImageBase64Back", image))))
                .isEqualTo("InvalidParameter");
        assertThat(errorCode(client.post(
                        APPLY,
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageBase64Front",
                                image,
                                "Colour",
                                "red"))))
                .isEqualTo("UnknownParameter");
        assertThat(errorCode(client.post(
                        APPLY,
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageBase64Front",
                                image,
                                "WebhookUrl",
                                "http://127.0.0.1:1/hook"))))
                .as("no callback parameter on the page or in the SDK")
                .isEqualTo("UnknownParameter");
    }

    @Test
    void prefersImageUrlsOverBase64() {
        try (ImageHost host = new ImageHost()) {
            String singapore = host.serve("/sg.jpg", front(IssuingCountry.SGP, ForeignDocumentType.PASSPORT));
            Map<String, Object> parameters =
                    parameters("SGP", "PASSPORT", front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null);
            parameters.put("ImageUrlFront", singapore);

            JsonNode verdict = verdict(client.post(APPLY, parameters));

            assertThat(verdict.get("Status").asText()).isEqualTo("PASSED");
            assertThat(verdict.get("Nationality").asText()).isEqualTo("SGP");
        }
    }

    @Test
    void refusesImagesOutsideThePageLimits() {
        assertThat(errorCode(client.post(
                        APPLY,
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageBase64Front",
                                "A".repeat(2 * 1024 * 1024 + 4)))))
                .as("over 2 MB of base64")
                .isEqualTo("FailedOperation.ImageSizeTooLarge");
        assertThat(errorCode(apply("IDN", "ID_CARD", TestCards.plain("png", 4097, 300), null)))
                .isEqualTo("FailedOperation.ImageSizeTooLarge");
        assertThat(errorCode(apply("IDN", "ID_CARD", TestCards.plain("png", 4096, 256), null)))
                .as("the limits themselves are allowed")
                .isNull();
        assertThat(errorCode(apply("IDN", "ID_CARD", TestCards.plain("png", 255, 300), null)))
                .isEqualTo("FailedOperation.IdCardTooSmall");
        assertThat(errorCode(apply("IDN", "ID_CARD", TestCards.plain("jpg", 600, 255), null)))
                .isEqualTo("FailedOperation.IdCardTooSmall");
        assertThat(errorCode(apply("IDN", "ID_CARD", TestCards.plain("gif", 300, 300), null)))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(apply("IDN", "ID_CARD", TestCards.plain("bmp", 300, 300), null)))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(apply(
                        "IDN",
                        "ID_CARD",
                        CardFiles.truncated(front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD)),
                        null)))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(apply("IDN", "ID_CARD", new byte[0], null))).isEqualTo("FailedOperation.EmptyImageError");
        assertThat(errorCode(apply(
                        "HKG",
                        "ID_CARD",
                        front(IssuingCountry.HKG, ForeignDocumentType.ID_CARD),
                        TestCards.plain("gif", 300, 300))))
                .as("the back is held to the same rules")
                .isEqualTo("FailedOperation.ImageDecodeFailed");
    }

    @Test
    void refusesDownloadsThatFailOrAreTooLarge() {
        try (ImageHost host = new ImageHost()) {
            String big = host.serve(
                    "/big.jpg", CardFiles.padded(front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), 1_600_000));

            assertThat(errorCode(client.post(
                            APPLY, Map.of("Nationality", "IDN", "CardType", "ID_CARD", "ImageUrlFront", big))))
                    .isEqualTo("LimitExceeded.TooLargeFileError");
            assertThat(errorCode(client.post(
                            APPLY,
                            Map.of(
                                    "Nationality",
                                    "IDN",
                                    "CardType",
                                    "ID_CARD",
                                    "ImageUrlFront",
                                    host.url("/missing.jpg")))))
                    .isEqualTo("FailedOperation.DownLoadError");
        }
    }

    @Test
    void waitsFiveSecondsForADownloadNotThree() {
        byte[] image = front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD);
        try (ImageHost slow = new ImageHost();
                ImageHost slower = new ImageHost()) {
            String fourSeconds = slow.serveSlowly("/slow.jpg", image, Duration.ofSeconds(4));
            String sixSeconds = slower.serveSlowly("/slower.jpg", image, Duration.ofSeconds(6));

            JsonNode inTime = client.post(
                    APPLY, Map.of("Nationality", "IDN", "CardType", "ID_CARD", "ImageUrlFront", fourSeconds));
            JsonNode tooLate = client.post(
                    APPLY, Map.of("Nationality", "IDN", "CardType", "ID_CARD", "ImageUrlFront", sixSeconds));

            assertThat(errorCode(inTime)).isNull();
            assertThat(errorCode(tooLate)).isEqualTo("FailedOperation.DownLoadError");
        }
    }

    @Test
    void refusesTokensItNeverIssuedIncludingTheFaceIdPairs() {
        String faceIdToken = client.post(
                        "ApplyCardVerification",
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageBase64Front",
                                TestCards.base64(front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD))))
                .get("CardVerificationToken")
                .asText();
        String ownToken = apply("IDN", "ID_CARD", front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null)
                .get("CardVerificationToken")
                .asText();

        assertThat(errorCode(poll("00000000-0000-0000-0000-000000000000")))
                .isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
        assertThat(errorCode(poll(faceIdToken))).isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
        assertThat(errorCode(client.post("GetCardVerificationResult", Map.of("CardVerificationToken", ownToken))))
                .isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
        assertThat(errorCode(client.post(GET, Map.of()))).isEqualTo("MissingParameter");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {APPLY, GET})
    void servesOnlySingaporeOnTheOcrProduct(String action) {
        String body = "{\"CardVerificationToken\":\"x\"}";

        for (String region : List.of("ap-hongkong", "ap-jakarta", "ap-guangzhou")) {
            assertThat(errorCode(client.call(action).region(region).sendRaw(body)))
                    .as(region)
                    .isEqualTo("UnsupportedRegion");
        }
        assertThat(errorCode(client.call(action).region(null).sendRaw(body))).isEqualTo("MissingParameter");
        assertThat(errorCode(client.call(action).version("2018-03-01").sendRaw(body)))
                .isEqualTo("NoSuchVersion");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ABNORMAL", "COMPLETED", "SOMETHING_NEW", "PASSED", "WARNING", "PROCESSING"})
    void aResultFaultForcesAnyStatusSpellingOnce(String status) {
        String token = apply("IDN", "ID_CARD", front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null)
                .get("CardVerificationToken")
                .asText();
        HttpResponse<String> added = client.postJson(
                "/_sandbox/faults",
                "{\"action\":\"" + GET + "\",\"kind\":\"result\",\"code\":\"" + status + "\",\"count\":1}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        JsonNode forced = poll(token);

        assertThat(errorCode(forced)).isNull();
        assertThat(forced.get("Status").asText()).isEqualTo(status);
        assertThat(forced.get("CardInfo").get("IssuedCountryCode").asText())
                .as("the findings come along")
                .isEqualTo("IDN");
        assertThat(forced.get("CardVerificationToken").asText()).isEqualTo(token);
        assertThat(poll(token).get("Status").asText())
                .as("the forced poll did not use up a PROCESSING poll")
                .isEqualTo("PROCESSING");
        assertThat(sandbox.ledger().calls().get(1).resultCode()).isEqualTo(status);
    }

    @Test
    void refusesToForceAStatusThatIsNoStatusWord() {
        HttpResponse<String> refused = client.postJson(
                "/_sandbox/faults", "{\"action\":\"" + GET + "\",\"kind\":\"result\",\"code\":\"-4\",\"count\":1}");

        assertThat(refused.statusCode()).isEqualTo(400);
    }

    private static JsonNode apply(String nationality, String type, byte[] front, byte[] back) {
        return requests().apply(nationality, type, front, back);
    }

    private static Map<String, Object> parameters(String nationality, String type, byte[] front, byte[] back) {
        return CardVerificationRequests.parameters(nationality, type, front, back);
    }

    private static JsonNode poll(String token) {
        return requests().poll(token);
    }

    /** Polls an application's token until the verdict. */
    private static JsonNode verdict(JsonNode applied) {
        assertThat(errorCode(applied)).as(applied.toString()).isNull();
        return requests().verdict(applied.get("CardVerificationToken").asText());
    }

    private static CardVerificationRequests requests() {
        return new CardVerificationRequests(client, APPLY, GET);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static byte[] front(IssuingCountry country, ForeignDocumentType type) {
        return CardVerificationRequests.front(country, type);
    }

    private static byte[] back(IssuingCountry country, ForeignDocumentType type) {
        return CardVerificationRequests.back(country, type);
    }
}
