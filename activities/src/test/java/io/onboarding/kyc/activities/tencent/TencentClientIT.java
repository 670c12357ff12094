package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.kyc.activities.cardverification.ApplyCardVerification;
import io.onboarding.kyc.activities.cardverification.ApplyCardVerificationExternal;
import io.onboarding.kyc.activities.cardverification.GetCardVerificationExternalResult;
import io.onboarding.kyc.activities.cardverification.GetCardVerificationResult;
import io.onboarding.kyc.activities.encryption.FieldEncryptor;
import io.onboarding.kyc.activities.faceid.CheckIdCardInformation;
import io.onboarding.kyc.activities.faceid.IdCardOcrVerification;
import io.onboarding.kyc.activities.ocr.MainlandSiteIdCardOcr;
import io.onboarding.kyc.activities.ocr.RecognizeMainlandIdCardOcr;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.TencentSandbox;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.CardVerificationVerdict;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignCardGenerator;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.SampleForeignCards;
import io.onboarding.kyc.sandbox.card.VerificationScenario;
import io.onboarding.kyc.sandbox.encryption.SandboxKeyPair;
import io.temporal.failure.ApplicationFailure;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our client against the sandbox over real HTTP, signed with our own TC3 signer. */
class TencentClientIT {

    private static final MainlandIdCard CARD = new MainlandIdCard(
            "王芳",
            "女",
            "汉",
            LocalDate.of(1995, 5, 13),
            "广东省深圳市南山区",
            "440305199505132561",
            "深圳市公安局南山分局",
            LocalDate.of(2016, 3, 2),
            LocalDate.of(2036, 3, 2),
            "subject-wang-fang");

    private static TencentSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = TencentSandbox.start(SandboxConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void readsTheFrontOfACard() {
        TencentReply<RecognizeMainlandIdCardOcr.Response> reply = client(SandboxConfig.DEV_SECRET_KEY)
                .call(
                        RecognizeMainlandIdCardOcr.ACTION,
                        new RecognizeMainlandIdCardOcr.Request(front(), null, "FRONT", false, false));

        assertThat(reply.requestId()).isNotBlank();
        assertThat(reply.body().name()).isEqualTo("王芳");
        assertThat(reply.body().idNum()).isEqualTo("440305199505132561");
        assertThat(reply.body().birth()).isEqualTo("1995/5/13");
        assertThat(reply.body().warnCardInfos()).isEmpty();
    }

    @Test
    void verifiesNameAndNumberAndComparesThePortrait() {
        TencentClient client = client(SandboxConfig.DEV_SECRET_KEY);

        assertThat(client.call(
                                IdCardOcrVerification.ACTION,
                                IdCardOcrVerification.Request.byNameAndNumber("王芳", "440305199505132561"))
                        .body()
                        .result())
                .isEqualTo("0");
        assertThat(client.call(
                                IdCardOcrVerification.ACTION,
                                IdCardOcrVerification.Request.byNameAndNumber("王小芳", "440305199505132561"))
                        .body()
                        .result())
                .isEqualTo("-1");
        CheckIdCardInformation.Response comparison = client.call(
                        CheckIdCardInformation.ACTION, CheckIdCardInformation.Request.of(front()))
                .body();
        assertThat(comparison.result()).isEqualTo("Success");
        assertThat(comparison.sim()).isGreaterThanOrEqualTo(70.0);
    }

    /** With encryption on, the comparison's answer names the card's holder only in ciphertext, and decides alike. */
    @Test
    void comparesThePortraitWithTheAnswersIdentityFieldsEncrypted() {
        TencentClient client = client(SandboxConfig.DEV_SECRET_KEY);
        FieldEncryptor encryptor =
                FieldEncryptor.forPem(SandboxKeyPair.testOnly().publicKeyPem());

        CheckIdCardInformation.Response plain = client.call(
                        CheckIdCardInformation.ACTION, CheckIdCardInformation.Request.of(front()))
                .body();
        CheckIdCardInformation.Response encrypted = client.call(
                        CheckIdCardInformation.ACTION,
                        CheckIdCardInformation.Request.withEncryptedAnswer(front(), encryptor))
                .body();

        assertThat(encrypted.result()).isEqualTo(plain.result()).isEqualTo("Success");
        assertThat(encrypted.sim()).isEqualTo(plain.sim());
        assertThat(plain.idNum()).isEqualTo(CARD.idNumber());
        assertThat(encrypted.idNum()).isNotBlank().doesNotContain(CARD.idNumber());
        assertThat(encrypted.name()).isNotBlank().isNotEqualTo(plain.name());
    }

    @Test
    void readsACardOnTheMainlandSiteWithItsWarningsInAJsonString() {
        TencentClient mainland = new TencentClient(settings(
                TencentSite.MAINLAND, URI.create(sandbox.endpoint()), SandboxConfig.DEV_SECRET_KEY, "ap-singapore"));
        String photocopy =
                Base64.getEncoder().encodeToString(CardGenerator.front(CARD, ImageEncoding.JPEG, CardDefect.PHOTOCOPY));

        TencentReply<MainlandSiteIdCardOcr.Response> reply = mainland.call(
                MainlandSiteIdCardOcr.ACTION,
                new MainlandSiteIdCardOcr.Request(photocopy, null, "FRONT", MainlandSiteIdCardOcr.ALL_WARNINGS_CONFIG));

        assertThat(reply.body().idNum()).isEqualTo("440305199505132561");
        assertThat(reply.body().warnInfos()).contains(-9102);
    }

    @Test
    void appliesForAForeignCardVerificationAndPollsItsResult() throws InterruptedException {
        ForeignCard card = SampleForeignCards.of(IssuingCountry.IDN, ForeignDocumentType.ID_CARD)
                .withScenario(VerificationScenario.of(1, CardVerificationVerdict.PASSED));
        TencentClient client = client(SandboxConfig.DEV_SECRET_KEY);

        ApplyCardVerification.Response applied = client.call(
                        ApplyCardVerification.ACTION,
                        new ApplyCardVerification.Request(
                                "IDN",
                                "ID_CARD",
                                Base64.getEncoder()
                                        .encodeToString(ForeignCardGenerator.front(card, ImageEncoding.JPEG)),
                                null,
                                null,
                                null))
                .body();
        assertThat(applied.cardVerificationToken()).isNotBlank();
        assertThat(applied.asyncCardVerificationMaxPollingTimes()).isPositive();

        List<String> statuses = new java.util.ArrayList<>();
        for (int poll = 0; poll < applied.asyncCardVerificationMaxPollingTimes(); poll++) {
            GetCardVerificationResult.Response result = client.call(
                            GetCardVerificationResult.ACTION,
                            new GetCardVerificationResult.Request(applied.cardVerificationToken()))
                    .body();
            statuses.add(result.status());
            if (!"PROCESSING".equals(result.status())) {
                assertThat(result.nationality()).isEqualTo("IDN");
                assertThat(result.cardInfo()).isNotNull();
                assertThat(result.idVerificationToken()).isNotBlank();
                break;
            }
            // the empty token Tencent sends before a verdict reads as none
            assertThat(result.idVerificationToken()).isNull();
        }
        assertThat(statuses).containsExactly("PROCESSING", "PASSED");
    }

    /**
     * The successor pair on OCR: served from ap-singapore only, so the call carries it even from a client whose
     * OCR region is another (the mainland site's ap-guangzhou here).
     */
    @Test
    void appliesToTheSuccessorCardVerificationInSingaporeAndPollsItsWarnings() {
        ForeignCard card = SampleForeignCards.of(IssuingCountry.HKG, ForeignDocumentType.ID_CARD)
                .withScenario(VerificationScenario.of(1, CardVerificationVerdict.WARNING, "PaperCopy"));
        TencentClient client = new TencentClient(settings(
                TencentSite.MAINLAND, URI.create(sandbox.endpoint()), SandboxConfig.DEV_SECRET_KEY, "ap-hongkong"));

        TencentReply<ApplyCardVerificationExternal.Response> applied = client.call(
                ApplyCardVerificationExternal.ACTION,
                new ApplyCardVerificationExternal.Request(
                        "HKG",
                        "ID_CARD",
                        Base64.getEncoder().encodeToString(ForeignCardGenerator.front(card, ImageEncoding.JPEG)),
                        Base64.getEncoder().encodeToString(ForeignCardGenerator.back(card, ImageEncoding.JPEG)),
                        null,
                        null,
                        false));
        assertThat(applied.body().cardVerificationToken()).isNotBlank();
        assertThat(applied.body().billable()).isTrue();

        List<String> statuses = new java.util.ArrayList<>();
        GetCardVerificationExternalResult.Response result;
        do {
            result = client.call(
                            GetCardVerificationExternalResult.ACTION,
                            new GetCardVerificationExternalResult.Request(
                                    applied.body().cardVerificationToken()))
                    .body();
            statuses.add(result.status());
        } while ("PROCESSING".equals(result.status()) && statuses.size() < 5);

        assertThat(statuses).containsExactly("PROCESSING", "WARNING");
        assertThat(result.warnInfo()).containsExactly("PaperCopy");
        assertThat(result.cardInfo()).isNotNull();
    }

    @Test
    void aWrongSecretIsAConfigurationErrorThatIsNeverRetried() {
        TencentErrorException error =
                (TencentErrorException) org.assertj.core.api.Assertions.catchThrowable(() -> client("not-the-secret")
                        .call(
                                IdCardOcrVerification.ACTION,
                                IdCardOcrVerification.Request.byNameAndNumber("王芳", "440305199505132561")));

        assertThat(error.code()).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(error.requestId()).isNotBlank();
        RuntimeException failure = TencentFailures.toActivityFailure(error);
        assertThat(failure).isInstanceOf(ApplicationFailure.class);
        assertThat(((ApplicationFailure) failure).isNonRetryable()).isTrue();
        assertThat(((ApplicationFailure) failure).getType()).isEqualTo(TencentFailures.CONFIGURATION_ERROR);
    }

    @Test
    void anImageWithoutACardIsTheCallersError() {
        String notACard = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});

        assertThatThrownBy(() -> client(SandboxConfig.DEV_SECRET_KEY)
                        .call(
                                RecognizeMainlandIdCardOcr.ACTION,
                                new RecognizeMainlandIdCardOcr.Request(notACard, null, "FRONT", false, false)))
                .isInstanceOfSatisfying(TencentErrorException.class, e -> {
                    assertThat(e.code()).startsWith("FailedOperation.");
                    assertThat(TencentFailures.toActivityFailure(e).getType()).isEqualTo(TencentFailures.CALLER_ERROR);
                });
    }

    @Test
    void nobodyListeningIsATransportFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TencentClient client =
                new TencentClient(settings(URI.create("http://127.0.0.1:" + closedPort), SandboxConfig.DEV_SECRET_KEY));

        assertThatThrownBy(() -> client.call(
                        IdCardOcrVerification.ACTION,
                        IdCardOcrVerification.Request.byNameAndNumber("王芳", "440305199505132561")))
                .isInstanceOf(TencentTransportException.class);
    }

    @Test
    void refusesToStartWithoutCredentials() {
        assertThatThrownBy(() -> new TencentClient(settings(URI.create(sandbox.endpoint()), "")))
                .hasMessageContaining("TENCENTCLOUD_SECRET_KEY");
    }

    private static TencentClient client(String secretKey) {
        return new TencentClient(settings(URI.create(sandbox.endpoint()), secretKey));
    }

    private static TencentSettings settings(URI endpoint, String secretKey) {
        return settings(TencentSite.INTL, endpoint, secretKey, "ap-singapore");
    }

    private static TencentSettings settings(TencentSite site, URI endpoint, String secretKey, String faceidRegion) {
        return new TencentSettings(
                SandboxConfig.DEV_SECRET_ID,
                secretKey,
                null,
                site,
                endpoint,
                null,
                endpoint,
                faceidRegion,
                "en-US",
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    private static String front() {
        return Base64.getEncoder().encodeToString(CardGenerator.front(CARD, ImageEncoding.PNG));
    }
}
