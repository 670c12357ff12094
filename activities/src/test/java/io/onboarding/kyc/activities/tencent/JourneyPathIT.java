package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.contract.cardverification.CardVerificationActivities;
import io.onboarding.kyc.contract.cardverification.ForeignCardSubmission;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.ocr.CardSide;
import io.onboarding.kyc.contract.ocr.OcrActivities;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.testing.TestDatabase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An AUTO journey's path (which checks it runs) is written by the activity that learns it, for support to search
 * on: a mainland card read by OCR is MAINLAND, an application for card verification is FOREIGN. A journey whose
 * country said its path at the start keeps it.
 */
@MicronautTest(transactional = false)
class JourneyPathIT extends SandboxBackedTest {

    private static final MainlandIdCard CARD = new MainlandIdCard(
            "王芳",
            "女",
            "汉",
            LocalDate.of(1990, 3, 7),
            "广东省深圳市南山区",
            "440305199003070028",
            "深圳市公安局南山分局",
            LocalDate.of(2016, 6, 1),
            LocalDate.of(2036, 6, 1),
            "subject-wang-fang");

    @Inject
    OcrActivities ocr;

    @Inject
    CardVerificationActivities cards;

    @Inject
    JourneyStore journeys;

    @Inject
    DocumentStore documents;

    @Test
    void aMainlandReadPutsAnAutoJourneyOnTheMainlandPath() throws SQLException {
        String journeyId = newJourney("AUTO");
        String front = documents.save(journeyId, "FRONT", "image/png", CardGenerator.front(CARD, ImageEncoding.PNG));

        ocr.recognizeMainlandIdCard(journeyId, front, CardSide.FRONT);

        assertThat(path(journeyId)).isEqualTo(1);
    }

    @Test
    void anApplicationForCardVerificationPutsAnAutoJourneyOnTheForeignPath() throws SQLException {
        String journeyId = newJourney("AUTO");
        String front = documents.save(journeyId, "FRONT", "image/png", CardGenerator.front(CARD, ImageEncoding.PNG));

        try {
            cards.apply(journeyId, new ForeignCardSubmission("AUTO", "AUTO", front, null));
        } catch (RuntimeException refusedByTheVendor) {
            // the path is the workflow's choice, written before the vendor is asked; its answer is another test's
        }

        assertThat(TestDatabase.shared()
                        .count("SELECT count(*) FROM journey WHERE id = ? AND path = 'FOREIGN'", journeyId))
                .isEqualTo(1);
    }

    @Test
    void aPathTheCountryGaveStays() throws SQLException {
        String journeyId = newJourney("CHN");
        journeys.onPath(journeyId, "MAINLAND");
        String front = documents.save(journeyId, "FRONT", "image/png", CardGenerator.front(CARD, ImageEncoding.PNG));

        try {
            cards.apply(journeyId, new ForeignCardSubmission("AUTO", "AUTO", front, null));
        } catch (RuntimeException refusedByTheVendor) {
            // only the path matters here
        }

        assertThat(path(journeyId)).isEqualTo(1);
    }

    private String newJourney(String country) {
        String id = JourneyIds.newJourneyId();
        Instant now = Instant.now();
        journeys.create(new Journey(id, "path-test", country, "AUTO", "RUNNING", null, null, "", now, now, 0, null));
        return id;
    }

    /** 1 when the journey is on the mainland path. */
    private static long path(String journeyId) throws SQLException {
        return TestDatabase.shared()
                .count("SELECT count(*) FROM journey WHERE id = ? AND path = 'MAINLAND'", journeyId);
    }
}
