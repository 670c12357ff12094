package io.onboarding.kyc.store.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** The append-only record of what support staff did to each journey. */
@Singleton
public class SupportActions {

    /** The widest detail the table keeps; a longer one is cut, ending in "…". */
    static final int DETAIL_LENGTH = 512;

    private final SupportActionRepository actions;
    private final Clock clock = Clock.systemUTC();

    public SupportActions(SupportActionRepository actions) {
        this.actions = actions;
    }

    /** Records an action now; joins the caller's transaction, so it commits with what it records. */
    public SupportAction record(String journeyId, String actor, SupportAction.Kind kind, @Nullable String detail) {
        return actions.save(new SupportAction(null, journeyId, clock.instant(), actor, kind.name(), fit(detail)));
    }

    /** A journey's actions, in the order they were taken. */
    public List<SupportAction> of(String journeyId) {
        return actions.findByJourneyIdOrderById(journeyId);
    }

    private static String fit(@Nullable String detail) {
        if (detail == null || detail.codePointCount(0, detail.length()) <= DETAIL_LENGTH) {
            return detail;
        }
        return detail.substring(0, detail.offsetByCodePoints(0, DETAIL_LENGTH - 1)) + "…";
    }
}
