package io.onboarding.kyc.store.identity;

import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.store.sealing.Sealer;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Keeps who a journey is about, sealed as documents are (ADR 3, 10): the name and the ID number each under the
 * ring's current key, bound to their journey, source and field, so a value copied into another row or column
 * does not open.
 */
@Singleton
public class IdentityStore {

    private static final String NAME = "name";
    private static final String ID_NUMBER = "idNumber";

    private final IdentityRepository rows;
    private final Sealer sealer;
    private final Clock clock;

    public IdentityStore(IdentityRepository rows, Sealer sealer) {
        this(rows, sealer, Clock.systemUTC());
    }

    IdentityStore(IdentityRepository rows, Sealer sealer, Clock clock) {
        this.rows = rows;
        this.sealer = sealer;
        this.clock = clock;
    }

    /**
     * Writes what one source says, replacing what it said before; nothing when it says nothing. Joins the
     * caller's transaction when there is one.
     */
    public void save(String journeyId, IdentitySource source, @Nullable Identity identity) {
        if (identity == null || identity.isEmpty()) {
            return;
        }
        rows.upsert(
                journeyId,
                source.name(),
                sealer.keyId(),
                seal(journeyId, source, NAME, identity.name()),
                seal(journeyId, source, ID_NUMBER, identity.idNumber()),
                clock.instant());
    }

    /** Every source's values for the journey, opened; {@link JourneyIdentity#NONE} when none was stored. */
    public JourneyIdentity read(String journeyId) {
        Identity declared = null;
        Identity card = null;
        for (SealedIdentity row : rows.findByKeyJourneyId(journeyId)) {
            IdentitySource source = IdentitySource.valueOf(row.key().source());
            Identity identity = new Identity(
                    open(journeyId, source, NAME, row.keyId(), row.sealedName()),
                    open(journeyId, source, ID_NUMBER, row.keyId(), row.sealedIdNumber()));
            if (source == IdentitySource.DECLARED) {
                declared = identity;
            } else {
                card = identity;
            }
        }
        return new JourneyIdentity(declared, card);
    }

    private byte @Nullable [] seal(String journeyId, IdentitySource source, String field, @Nullable String value) {
        return value == null
                ? null
                : sealer.seal(context(journeyId, source, field), value.getBytes(StandardCharsets.UTF_8));
    }

    @Nullable
    private String open(String journeyId, IdentitySource source, String field, String keyId, byte @Nullable [] sealed) {
        return sealed == null
                ? null
                : new String(sealer.open(context(journeyId, source, field), keyId, sealed), StandardCharsets.UTF_8);
    }

    /** Names the row and field, never the value: it also appears in the error when a value will not open. */
    private static String context(String journeyId, IdentitySource source, String field) {
        return "identity " + journeyId + "/" + source.name() + "/" + field;
    }
}
