package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.ImageHost;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.SandboxClient;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TencentSandbox;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ApplyCardVerification and GetCardVerificationResult (seed 003) for non-mainland documents. */
class CardVerificationIT extends SandboxHarness {

    private static final String APPLY = "ApplyCardVerification";
    private static final String GET = "GetCardVerificationResult";

    @Test
    void issuesATokenThenAnswersProcessingThenTheVerdict() {
        JsonNode applied = apply(
                "HKG",
                "ID_CARD",
                front(IssuingCountry.HKG, ForeignDocumentType.ID_CARD),
                back(IssuingCountry.HKG, ForeignDocumentType.ID_CARD));

        assertThat(errorCode(applied)).isNull();
        String token = applied.get("CardVerificationToken").asText();
        assertThat(token).isNotBlank();
        assertThat(applied.get("AsyncCardVerificationMaxPollingTimes").asInt())
                .isEqualTo(ActionSettings.defaults().pollingTimes());
        assertThat(applied.get("AsyncCardVerificationPollingWaitTime").asInt())
                .isEqualTo(ActionSettings.defaults().pollingWaitSeconds());

        JsonNode first = poll(token);
        assertThat(first.get("Status").asText()).isEqualTo("PROCESSING");
        assertThat(first.get("WarnInfo")).isEmpty();
        assertThat(first.get("CardInfo").isNull()).isTrue();
        assertThat(first.get("IDVerificationToken").asText()).isEmpty();
        assertThat(poll(token).get("Status").asText()).isEqualTo("PROCESSING");

        JsonNode verdict = poll(token);
        assertThat(verdict.get("Status").asText()).isEqualTo("PASSED");
        assertThat(verdict.get("WarnInfo")).isEmpty();
        assertThat(verdict.get("Nationality").asText()).isEqualTo("HKG");
        assertThat(verdict.get("CardType").asText()).isEqualTo("ID_CARD");
        assertThat(verdict.get("CardSubType").asText()).isEqualTo("HKID_PERMANENT");
        JsonNode hkid = verdict.get("CardInfo").get("HKIDCard");
        assertThat(hkid.get("CnName").asText()).isEqualTo("陳大文");
        assertThat(hkid.get("EnName").asText()).isEqualTo("CHAN, Tai Man");
        assertThat(hkid.get("IdNum").asText()).isEqualTo("K123456(0)");
        assertThat(hkid.get("Birthday").asText()).isEqualTo("12-03-1985");
        assertThat(verdict.get("CardInfo").get("MLIDCard").isNull()).isTrue();
        JsonNode again = poll(token);
        assertThat(again.get("Status").asText()).as("the verdict stays").isEqualTo("PASSED");
        assertThat(verdict.get("IDVerificationToken").asText())
                .matches("[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}")
                .isNotEqualTo(token)
                .as("every poll of the verdict names the same identity check")
                .isEqualTo(again.get("IDVerificationToken").asText());

        List<LedgerEntry> calls = sandbox.ledger().calls();
        assertThat(calls)
                .extracting(LedgerEntry::resultCode)
                .containsExactly("Success", "PROCESSING", "PROCESSING", "PASSED", "PASSED");
        assertThat(calls).extracting(LedgerEntry::billable).containsExactly(true, false, false, false, false);
        assertThat(calls)
                .extracting(LedgerEntry::identity)
                .doesNotContainNull()
                .containsOnly(calls.get(0).identity());
    }

    @ParameterizedTest(name = "{0} {1}: back required {2}")
    @CsvSource({
        "IDN, ID_CARD, false",
        "IDN, DRIVING_LICENSE, false",
        "HKG, ID_CARD, true",
        "THA, ID_CARD, false",
        "THA, DRIVING_LICENSE, true",
        "MYS, ID_CARD, true",
        "MYS, DRIVING_LICENSE, true",
        "SGP, ID_CARD, true",
        "SGP, DRIVING_LICENSE, true",
        "PHL, ID_CARD, true",
        "PHL, DRIVING_LICENSE, false",
        "JPN, ID_CARD, true",
        "JPN, DRIVING_LICENSE, false",
        "TWN, ID_CARD, true",
        "BGD, ID_CARD, false",
        "NGA, ID_CARD, false",
        "PAK, ID_CARD, false",
        "SGP, PASSPORT, false",
    })
    void requiresTheBackSideWhereSeed003Does(IssuingCountry country, ForeignDocumentType type, boolean backRequired) {
        byte[] front = front(country, type);

        JsonNode frontOnly = apply(country.name(), type.name(), front, null);
        JsonNode automatic = apply("AUTO", "AUTO", front, null);

        String expected = backRequired ? "InvalidParameterValue.InvalidParameterValueLimit" : null;
        assertThat(errorCode(frontOnly)).isEqualTo(expected);
        assertThat(errorCode(automatic))
                .as("AUTO applies the rule to the document recognised")
                .isEqualTo(expected);
        if (backRequired) {
            assertThat(frontOnly.path("Error").path("Message").asText()).contains("back side");
            JsonNode withBack = apply(country.name(), type.name(), front, back(country, type));
            assertThat(errorCode(withBack)).isNull();
            assertThat(verdict(withBack.get("CardVerificationToken").asText())
                            .get("Status")
                            .asText())
                    .isEqualTo("PASSED");
        }
    }

    @Test
    void recognisesNationalityAndTypeWhenAskedToChooseThemItself() {
        JsonNode verdict = verdict(apply("AUTO", "AUTO", front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null)
                .get("CardVerificationToken")
                .asText());

        assertThat(verdict.get("Nationality").asText()).isEqualTo("IDN");
        assertThat(verdict.get("CardType").asText()).isEqualTo("ID_CARD");
        JsonNode ktp = verdict.get("CardInfo").get("IndonesiaIDCard");
        assertThat(ktp.get("NIK").asText()).isEqualTo("3174035708920042");
        assertThat(ktp.get("JenisKelamin").asText()).isEqualTo("PEREMPUAN");
        assertThat(ktp.get("BerlakuHingga").asText()).isEqualTo("SEUMUR HIDUP");
    }

    @Test
    void describesAPassportWithItsMachineReadableZone() {
        JsonNode verdict =
                verdict(apply("JPN", "PASSPORT", front(IssuingCountry.JPN, ForeignDocumentType.PASSPORT), null)
                        .get("CardVerificationToken")
                        .asText());

        JsonNode passport = verdict.get("CardInfo").get("InternationalIDPassport");
        assertThat(passport.get("LicenseNumber").asText()).isEqualTo("TR1234567");
        assertThat(passport.get("PassportCodeFirst").asText()).hasSize(44).startsWith("P<JPNYAMADA<<HANAKO");
        assertThat(passport.get("PassportCodeSecond").asText()).hasSize(44);
    }

    @Test
    void playsTheScenarioTheCardCarries() {
        ForeignCard warned = SampleForeignCards.of(IssuingCountry.THA, ForeignDocumentType.ID_CARD)
                .withScenario(VerificationScenario.of(
                        3, CardVerificationVerdict.WARNING, "PoorImageQuality", "RetakeSuspected"));
        ForeignCard rejected = SampleForeignCards.of(IssuingCountry.IDN, ForeignDocumentType.ID_CARD)
                .withScenario(VerificationScenario.of(0, CardVerificationVerdict.REJECTED, "FakeSuspected"));

        String warnedToken = apply("THA", "ID_CARD", ForeignCardGenerator.front(warned, ImageEncoding.JPEG), null)
                .get("CardVerificationToken")
                .asText();
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(poll(warnedToken).get("Status").asText());
        }
        JsonNode now = poll(apply("IDN", "ID_CARD", ForeignCardGenerator.front(rejected, ImageEncoding.JPEG), null)
                .get("CardVerificationToken")
                .asText());

        assertThat(statuses).containsExactly("PROCESSING", "PROCESSING", "PROCESSING", "WARNING");
        assertThat(poll(warnedToken).get("WarnInfo"))
                .extracting(JsonNode::asText)
                .containsExactly("PoorImageQuality", "RetakeSuspected");
        assertThat(now.get("Status").asText()).isEqualTo("REJECTED");
        assertThat(now.get("WarnInfo")).extracting(JsonNode::asText).containsExactly("FakeSuspected");
    }

    @Test
    void rejectsWhatIsNotTheDeclaredDocument() {
        JsonNode otherCountry =
                verdict(apply("THA", "ID_CARD", front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null)
                        .get("CardVerificationToken")
                        .asText());
        JsonNode mainland = verdict(
                apply("IDN", "AUTO", TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.JPEG), null)
                        .get("CardVerificationToken")
                        .asText());
        JsonNode otherBack = verdict(apply(
                        "MYS",
                        "ID_CARD",
                        front(IssuingCountry.MYS, ForeignDocumentType.ID_CARD),
                        back(IssuingCountry.SGP, ForeignDocumentType.ID_CARD))
                .get("CardVerificationToken")
                .asText());

        assertThat(otherCountry.get("Status").asText()).isEqualTo("REJECTED");
        assertThat(otherCountry.get("WarnInfo"))
                .extracting(JsonNode::asText)
                .containsExactly("InformationVerificationFailed");
        assertThat(mainland.get("Status").asText()).isEqualTo("REJECTED");
        assertThat(mainland.get("WarnInfo")).extracting(JsonNode::asText).containsExactly("OtherWarning");
        assertThat(mainland.get("CardInfo").isNull()).isTrue();
        assertThat(otherBack.get("WarnInfo"))
                .extracting(JsonNode::asText)
                .containsExactly("InformationVerificationFailed");
    }

    @Test
    void derivesWarningsFromPhotoDefectsForCardsDrawnThatWay() {
        ForeignCard card = SampleForeignCards.of(IssuingCountry.PHL, ForeignDocumentType.DRIVING_LICENSE)
                .withScenario(VerificationScenario.forDefects(Set.of(CardDefect.PHOTOCOPY)));

        JsonNode verdict = verdict(apply(
                        "PHL",
                        "DRIVING_LICENSE",
                        ForeignCardGenerator.front(card, ImageEncoding.JPEG, CardDefect.PHOTOCOPY),
                        null)
                .get("CardVerificationToken")
                .asText());

        assertThat(verdict.get("Status").asText()).isEqualTo("WARNING");
        assertThat(verdict.get("WarnInfo")).extracting(JsonNode::asText).containsExactly("PaperCopy");
        assertThat(verdict.get("CardInfo")
                        .get("PhilippinesDrivingLicense")
                        .get("LicenseNo")
                        .asText())
                .isEqualTo("N01-12-345678");
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "CHN, ID_CARD, InvalidParameterValue.InvalidParameterValueLimit",
        "HKG, VISA, InvalidParameterValue.InvalidParameterValueLimit",
        "HKG, DRIVING_LICENSE, InvalidParameterValue.InvalidParameterValueLimit",
        "idn, ID_CARD, InvalidParameterValue.InvalidParameterValueLimit",
    })
    void refusesNationalitiesAndTypesItDoesNotVerify(String nationality, String type, String code) {
        assertThat(errorCode(apply(nationality, type, front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), null)))
                .isEqualTo(code);
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
    }

    @Test
    void prefersImageUrlsOverBase64() {
        try (ImageHost host = new ImageHost()) {
            String hongKong = host.serve("/hk.jpg", front(IssuingCountry.HKG, ForeignDocumentType.ID_CARD));
            String hongKongBack = host.serve("/hk-back.jpg", back(IssuingCountry.HKG, ForeignDocumentType.ID_CARD));
            Map<String, String> parameters = Map.of(
                    "Nationality",
                    "AUTO",
                    "CardType",
                    "AUTO",
                    "ImageUrlFront",
                    hongKong,
                    "ImageUrlBack",
                    hongKongBack,
                    "ImageBase64Front",
                    TestCards.base64(front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD)));

            JsonNode verdict = verdict(
                    client.post(APPLY, parameters).get("CardVerificationToken").asText());

            assertThat(verdict.get("Nationality").asText()).isEqualTo("HKG");
            assertThat(errorCode(client.post(
                            APPLY,
                            Map.of(
                                    "Nationality",
                                    "IDN",
                                    "CardType",
                                    "ID_CARD",
                                    "ImageUrlFront",
                                    host.url("/missing.jpg")))))
                    .isEqualTo("ResourceUnavailable.ImageDownloadError");
        }
    }

    @Test
    void refusesImagesOverTheLimitsOrInFormatsItDoesNotTake() {
        assertThat(errorCode(client.post(
                        APPLY,
                        Map.of(
                                "Nationality",
                                "IDN",
                                "CardType",
                                "ID_CARD",
                                "ImageBase64Front",
                                "A".repeat(5 * 1024 * 1024 + 4)))))
                .isEqualTo("FailedOperation.ImageSizeTooLarge");
        assertThat(errorCode(apply("IDN", "ID_CARD", TestCards.plain("png", 8001, 4), null)))
                .isEqualTo("FailedOperation.ImageSizeTooLarge");
        assertThat(errorCode(apply("IDN", "ID_CARD", TestCards.plain("gif", 40, 30), null)))
                .isEqualTo("InvalidParameter.EngineImageDecodeFailed");
        assertThat(errorCode(apply(
                        "IDN",
                        "ID_CARD",
                        CardFiles.truncated(front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD)),
                        null)))
                .isEqualTo("InvalidParameter.EngineImageDecodeFailed");
        assertThat(errorCode(apply("IDN", "ID_CARD", new byte[0], null)))
                .isEqualTo("InvalidParameterValue.InvalidFileContentSize");
        try (ImageHost host = new ImageHost()) {
            String big = host.serve(
                    "/big.jpg", CardFiles.padded(front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD), 4_000_000));
            assertThat(errorCode(client.post(
                            APPLY, Map.of("Nationality", "IDN", "CardType", "ID_CARD", "ImageUrlFront", big))))
                    .isEqualTo("FailedOperation.ImageSizeTooLarge");
        }
    }

    @Test
    void refusesTokensItNeverIssued() {
        JsonNode unknown = poll("00000000-0000-0000-0000-000000000000");

        assertThat(errorCode(unknown)).isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
        assertThat(errorCode(client.post(GET, Map.of()))).isEqualTo("MissingParameter");
    }

    @Test
    void refusesTokensThatHaveExpired() {
        ActionSettings expiring = new ActionSettings(10, 5, 1, 0);
        try (TencentSandbox shortLived =
                TencentSandbox.start(SandboxConfig.defaults().withPort(0).withActions(expiring))) {
            SandboxClient other = new SandboxClient(shortLived);
            String token = other.post(
                            APPLY,
                            Map.of(
                                    "Nationality",
                                    "IDN",
                                    "CardType",
                                    "ID_CARD",
                                    "ImageBase64Front",
                                    TestCards.base64(front(IssuingCountry.IDN, ForeignDocumentType.ID_CARD))))
                    .get("CardVerificationToken")
                    .asText();

            JsonNode expired = other.post(GET, Map.of("CardVerificationToken", token));

            assertThat(errorCode(expired)).isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
            assertThat(expired.path("Error").path("Message").asText()).contains("expired");
        }
    }

    @Test
    void servesOnlyItsInternationalRegions() {
        byte[] body = "{\"CardVerificationToken\":\"x\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(errorCode(client.call(GET).region("ap-jakarta").sendRaw(body)))
                .isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
        assertThat(errorCode(client.call(GET).region("ap-hongkong").sendRaw(body)))
                .isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
        assertThat(errorCode(client.call(GET).region("ap-guangzhou").sendRaw(body)))
                .isEqualTo("UnsupportedRegion");
        assertThat(errorCode(client.call(APPLY).region(null).sendRaw(body))).isEqualTo("MissingParameter");
    }

    private static JsonNode apply(String nationality, String type, byte[] front, byte[] back) {
        return requests().apply(nationality, type, front, back);
    }

    private static JsonNode poll(String token) {
        return requests().poll(token);
    }

    /** Polls until the verdict, as a client following AsyncCardVerificationMaxPollingTimes would. */
    private static JsonNode verdict(String token) {
        return requests().verdict(token);
    }

    private static CardVerificationRequests requests() {
        return new CardVerificationRequests(client, APPLY, GET);
    }

    private static byte[] front(IssuingCountry country, ForeignDocumentType type) {
        return CardVerificationRequests.front(country, type);
    }

    private static byte[] back(IssuingCountry country, ForeignDocumentType type) {
        return CardVerificationRequests.back(country, type);
    }
}
