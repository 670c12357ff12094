package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.identity.IdentityStore;
import io.onboarding.kyc.store.identity.JourneyIdentity;
import io.onboarding.kyc.web.auth.Caller;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a journey is about, for the caller reading it: masked unless the key holds PII_READ. Every read in
 * clear is logged, with the journey and the key's name and never the values, because every PII read is
 * audited (DESIGN.md).
 */
@Singleton
public class IdentityViews {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityViews.class);

    private final IdentityStore identities;

    public IdentityViews(IdentityStore identities) {
        this.identities = identities;
    }

    IdentityResource of(String journeyId, Caller caller) {
        JourneyIdentity stored = identities.read(journeyId);
        boolean clear = caller.holds(ApiRole.PII_READ);
        if (clear && !stored.isEmpty()) {
            LOG.info("PII read: identity of journey {} shown unmasked to API key {}", journeyId, caller.name());
        }
        return IdentityResource.of(stored, clear);
    }
}
