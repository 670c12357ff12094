package io.onboarding.kyc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.store.identity.Identity;
import io.onboarding.kyc.store.identity.IdentitySource;
import io.onboarding.kyc.store.identity.IdentityStore;
import io.onboarding.kyc.store.identity.JourneyIdentity;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rows are committed (no test transaction) so that plain JDBC reads what the table really holds. */
@MicronautTest(transactional = false)
class IdentityStoreIT extends StoreTest {

    /** A name with a character outside the BMP (U+20BB7), stored as a surrogate pair in Java. */
    private static final String NAME = "\uD842\uDFB7小明";

    private static final String ID_NUMBER = "440524198701010014";

    @Inject
    IdentityStore identities;

    @Inject
    JourneyStore journeys;

    @Test
    void sealsBothValuesAtRestAndOpensThemBySource() throws SQLException {
        String journeyId = newJourney();

        identities.save(journeyId, IdentitySource.DECLARED, new Identity(NAME, ID_NUMBER));
        identities.save(journeyId, IdentitySource.CARD, new Identity("李明", null));

        JourneyIdentity read = identities.read(journeyId);
        assertThat(read.declared().name()).isEqualTo(NAME);
        assertThat(read.declared().idNumber()).isEqualTo(ID_NUMBER);
        assertThat(read.card().name()).isEqualTo("李明");
        assertThat(read.card().idNumber()).isNull();
        assertThat(read.toString()).doesNotContain(NAME, ID_NUMBER, "李明");
        for (byte[] atRest : columns(journeyId)) {
            assertThat(contains(atRest, NAME)).isFalse();
            assertThat(contains(atRest, ID_NUMBER)).isFalse();
            assertThat(contains(atRest, "李明")).isFalse();
        }
        assertThat(TestDatabase.shared()
                        .count(
                                "SELECT count(*) FROM journey_identity WHERE journey_id = ? AND key_id = 's1'",
                                journeyId))
                .isEqualTo(2);
    }

    @Test
    void savingASourceAgainReplacesItsRow() throws SQLException {
        String journeyId = newJourney();

        identities.save(journeyId, IdentitySource.CARD, new Identity("王芳", "440305199505132561"));
        identities.save(journeyId, IdentitySource.CARD, new Identity("王芳", "440305199505132561"));
        identities.save(journeyId, IdentitySource.CARD, new Identity("王小芳", "11010519491231002X"));

        assertThat(TestDatabase.shared().count("SELECT count(*) FROM journey_identity WHERE journey_id = ?", journeyId))
                .isEqualTo(1);
        Identity card = identities.read(journeyId).card();
        assertThat(card.name()).isEqualTo("王小芳");
        assertThat(card.idNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void nothingToSayWritesNothing() throws SQLException {
        String journeyId = newJourney();

        identities.save(journeyId, IdentitySource.DECLARED, null);
        identities.save(journeyId, IdentitySource.CARD, new Identity(" ", ""));

        assertThat(identities.read(journeyId)).isEqualTo(JourneyIdentity.NONE);
        assertThat(TestDatabase.shared().count("SELECT count(*) FROM journey_identity WHERE journey_id = ?", journeyId))
                .isZero();
    }

    @Test
    void aValueMovedToAnotherRowDoesNotOpenAndTheErrorNamesNoValue() throws SQLException {
        String journeyId = newJourney();
        identities.save(journeyId, IdentitySource.DECLARED, new Identity("张三", ID_NUMBER));
        identities.save(journeyId, IdentitySource.CARD, new Identity("李四", "11010519491231002X"));

        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement swap = connection.prepareStatement("UPDATE journey_identity d SET sealed_name = "
                        + "(SELECT c.sealed_name FROM journey_identity c WHERE c.journey_id = d.journey_id "
                        + "AND c.source = 'CARD') WHERE d.journey_id = ? AND d.source = 'DECLARED'")) {
            swap.setString(1, journeyId);
            assertThat(swap.executeUpdate()).isEqualTo(1);
        }

        assertThatThrownBy(() -> identities.read(journeyId))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DECLARED/name")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("李四", "张三", ID_NUMBER));
    }

    @Test
    void identitiesNeverPrintTheirValues() {
        assertThat(new Identity(NAME, ID_NUMBER).toString()).doesNotContain(NAME, ID_NUMBER);
    }

    private String newJourney() {
        String id = "jny_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
        Instant now = Instant.now();
        journeys.create(new Journey(id, "customer-1", "CHN", "ID_CARD", "RUNNING", null, null, "", now, now, 0, null));
        return id;
    }

    /** Every sealed value of the journey's rows, as the database holds it. */
    private static List<byte[]> columns(String journeyId) throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT sealed_name, sealed_id_number FROM journey_identity WHERE journey_id = ?")) {
            query.setString(1, journeyId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 2; column++) {
                        byte[] value = rows.getBytes(column);
                        if (value != null) {
                            values.add(value);
                        }
                    }
                }
            }
        }
        assertThat(values).isNotEmpty();
        return values;
    }

    static boolean contains(byte[] haystack, String value) {
        byte[] needle = value.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
