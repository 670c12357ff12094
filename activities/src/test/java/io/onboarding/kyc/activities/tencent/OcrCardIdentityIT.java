package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.ocr.CardSide;
import io.onboarding.kyc.contract.ocr.OcrActivities;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.identity.Identity;
import io.onboarding.kyc.store.identity.IdentityStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.testing.TestDatabase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What OCR reads off the front of a mainland card is kept, sealed, as the journey's CARD identity: once however
 * often the activity runs, never in clear. Rows are committed (no test transaction) so that plain JDBC sees them.
 */
@MicronautTest(transactional = false)
class OcrCardIdentityIT extends SandboxBackedTest {

    private static final MainlandIdCard LI_MING = new MainlandIdCard(
            "李明",
            "男",
            "汉",
            LocalDate.of(1987, 1, 1),
            "广东省汕头市潮阳区",
            "440524198701010014",
            "汕头市公安局潮阳分局",
            LocalDate.of(2015, 6, 1),
            LocalDate.of(2035, 6, 1),
            "subject-li-ming");

    @Inject
    OcrActivities ocr;

    @Inject
    JourneyStore journeys;

    @Inject
    DocumentStore documents;

    @Inject
    IdentityStore identities;

    @Test
    void aFrontReadIsKeptSealedOnceHoweverOftenTheActivityRuns() throws SQLException {
        String journeyId = newJourney();
        String front = documents.save(journeyId, "FRONT", "image/png", CardGenerator.front(LI_MING, ImageEncoding.PNG));

        ocr.recognizeMainlandIdCard(journeyId, front, CardSide.FRONT);
        ocr.recognizeMainlandIdCard(journeyId, front, CardSide.FRONT); // as Temporal retries it

        Identity card = identities.read(journeyId).card();
        assertThat(card.name()).isEqualTo("李明");
        assertThat(card.idNumber()).isEqualTo("440524198701010014");
        assertThat(identities.read(journeyId).declared()).isNull();
        assertThat(TestDatabase.shared()
                        .count(
                                "SELECT count(*) FROM journey_identity WHERE journey_id = ? AND source = 'CARD'",
                                journeyId))
                .isEqualTo(1);
        String atRest = columnsAsLatin1(journeyId);
        assertThat(atRest).isNotEmpty().doesNotContain(latin1("李明")).doesNotContain(latin1("440524198701010014"));
    }

    @Test
    void theBackSideNamesNobody() throws SQLException {
        String journeyId = newJourney();
        String back = documents.save(journeyId, "BACK", "image/png", CardGenerator.back(LI_MING, ImageEncoding.PNG));

        ocr.recognizeMainlandIdCard(journeyId, back, CardSide.BACK);

        assertThat(identities.read(journeyId).card()).isNull();
        assertThat(TestDatabase.shared().count("SELECT count(*) FROM journey_identity WHERE journey_id = ?", journeyId))
                .isZero();
    }

    private String newJourney() {
        String id = JourneyIds.newJourneyId();
        Instant now = Instant.now();
        journeys.create(new Journey(id, "test", "CHN", "ID_CARD", "RUNNING", null, null, "", now, now, 0, null));
        return id;
    }

    /** The sealed columns as stored, one byte per char, so a search for the UTF-8 of a value is a byte search. */
    private static String columnsAsLatin1(String journeyId) throws SQLException {
        StringBuilder stored = new StringBuilder();
        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT sealed_name, sealed_id_number FROM journey_identity WHERE journey_id = ?")) {
            query.setString(1, journeyId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 2; column++) {
                        byte[] value = rows.getBytes(column);
                        if (value != null) {
                            stored.append(new String(value, StandardCharsets.ISO_8859_1))
                                    .append('|');
                        }
                    }
                }
            }
        }
        return stored.toString();
    }

    private static String latin1(String value) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
