package io.onboarding.kyc.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestImages;
import io.onboarding.kyc.web.TestKeys;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * Who a journey is about, over real HTTP with real keys: masked as Tencent masks (41290*******291716, 张*) for
 * every key without PII_READ, in clear with it, and sealed in PostgreSQL either way.
 */
@MicronautTest(transactional = false) // keys made here must be visible to the server at once
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyIdentityIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "张三";
    private static final String ID_NUMBER = "11010519491231002X";

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    private final Lines logged = new Lines();
    private KeyedHttp http;
    private String product;
    private String support;
    private String supportWithPii;
    private String journeyId;
    private JsonNode started;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void startADeclaredJourney() throws Exception {
        logged.open();
        http = new KeyedHttp(server.getURI());
        product = TestKeys.secret(context, "identity-product", ApiRole.PRODUCT);
        support = TestKeys.secret(context, "identity-support", ApiRole.SUPPORT);
        supportWithPii = TestKeys.secret(context, "identity-support-pii", ApiRole.SUPPORT, ApiRole.PII_READ);
        HttpResponse<String> answer = http.send(product, "POST", "/v1/journeys", startBody("crm-identity", true));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        started = JSON.readTree(answer.body());
        journeyId = started.get("journeyId").asText();
    }

    @AfterAll
    void stopCapturing() {
        logged.close();
    }

    @Test
    void theProductKeyReadsItsDeclaredIdentityMasked() throws Exception {
        for (JsonNode identity : List.of(started.get("identity"), read(product).get("identity"))) {
            assertThat(identity.get("masked").asBoolean()).isTrue();
            assertThat(identity.get("declared").get("name").asText()).isEqualTo("张*");
            assertThat(identity.get("declared").get("idNumber").asText()).isEqualTo("11010*******31002X");
            // the stand-in workflow reads no card
            assertThat(identity.get("card").isNull()).isTrue();
        }
    }

    @Test
    void aSupportKeyWithoutPiiReadReadsItMasked() throws Exception {
        JsonNode identity = read(support).get("identity");

        assertThat(identity.get("masked").asBoolean()).isTrue();
        assertThat(identity.get("declared").get("name").asText()).isEqualTo("张*");
        assertThat(identity.get("declared").get("idNumber").asText()).isEqualTo("11010*******31002X");
    }

    @Test
    void aSupportKeyWithPiiReadReadsItInClearAndTheReadIsLogged() throws Exception {
        JsonNode identity = read(supportWithPii).get("identity");

        assertThat(identity.get("masked").asBoolean()).isFalse();
        assertThat(identity.get("declared").get("name").asText()).isEqualTo(NAME);
        assertThat(identity.get("declared").get("idNumber").asText()).isEqualTo(ID_NUMBER);
        assertThat(logged.lines())
                .anyMatch(line ->
                        line.contains("PII read") && line.contains(journeyId) && line.contains("identity-support-pii"));
    }

    @Test
    void aJourneyWithNothingDeclaredShowsNoIdentity() throws Exception {
        HttpResponse<String> answer = http.send(product, "POST", "/v1/journeys", startBody("crm-anonymous", false));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String anonymous = JSON.readTree(answer.body()).get("journeyId").asText();

        JsonNode identity = JSON.readTree(http.send(supportWithPii, "GET", "/v1/journeys/" + anonymous, null)
                        .body())
                .get("identity");

        assertThat(identity.get("declared").isNull()).isTrue();
        assertThat(identity.get("card").isNull()).isTrue();
        assertThat(identity.get("masked").asBoolean()).isFalse();
        assertThat(TestDatabase.shared().count("SELECT count(*) FROM journey_identity WHERE journey_id = ?", anonymous))
                .isZero();
    }

    @Test
    void theDatabaseHoldsTheIdentitySealedNeverInClear() throws SQLException {
        List<byte[]> stored = new ArrayList<>();
        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT source, key_id, sealed_name, sealed_id_number FROM journey_identity WHERE journey_id = ?")) {
            query.setString(1, journeyId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getString("source")).isEqualTo("DECLARED");
                    assertThat(rows.getString("key_id")).isNotBlank();
                    stored.add(rows.getBytes("sealed_name"));
                    stored.add(rows.getBytes("sealed_id_number"));
                }
            }
        }

        assertThat(stored).hasSize(2).doesNotContainNull();
        for (byte[] sealed : stored) {
            String bytes = new String(sealed, StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain(latin1(NAME)).doesNotContain(latin1(ID_NUMBER));
        }
    }

    @Test
    void noLogLineCarriesTheNameOrNumber() throws Exception {
        read(supportWithPii);
        read(support);

        assertThat(logged.lines()).noneMatch(line -> line.contains(NAME) || line.contains(ID_NUMBER));
    }

    private JsonNode read(String key) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(key, "GET", "/v1/journeys/" + journeyId, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String startBody(String customerRef, boolean declared) {
        return "{\"customerRef\":\"" + customerRef + "\","
                + (declared ? "\"declared\":{\"name\":\"" + NAME + "\",\"idNumber\":\"" + ID_NUMBER + "\"}," : "")
                + "\"document\":{\"country\":\"CHN\",\"type\":\"ID_CARD\",\"front\":{\"imageBase64\":\""
                + TestImages.cardPngBase64() + "\"}}}";
    }

    /** The UTF-8 bytes of a value, one char per byte, to search sealed bytes read the same way. */
    private static String latin1(String value) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Every line any logger writes while open, with our loggers at INFO as in production's logback.xml. */
    private static final class Lines extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        private final Logger ours = (Logger) LoggerFactory.getLogger("io.onboarding.kyc");
        private Level oursBefore;

        void open() {
            setContext(root.getLoggerContext());
            start();
            oursBefore = ours.getLevel();
            ours.setLevel(Level.INFO);
            root.addAppender(this);
        }

        @Override
        protected void append(ILoggingEvent event) {
            String thrown = event.getThrowableProxy() == null
                    ? ""
                    : " | " + event.getThrowableProxy().getMessage();
            lines.add(event.getLoggerName() + " - " + event.getFormattedMessage() + thrown);
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        void close() {
            root.detachAppender(this);
            ours.setLevel(oursBefore);
            stop();
        }
    }
}
