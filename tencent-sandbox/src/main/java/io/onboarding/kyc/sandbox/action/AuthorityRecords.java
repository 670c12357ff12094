package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.Identity;
import io.onboarding.kyc.sandbox.IdentityRegistry;
import io.onboarding.kyc.sandbox.card.PortraitSubjects;
import java.util.Optional;

/** The national identity database as the faceid actions consult it. */
final class AuthorityRecords {

    enum Match {
        MATCH,
        NAME_MISMATCH,
        NOT_FOUND
    }

    /** What the authority holds as the person's photo, read from the record's portrait-subject marker. */
    enum Photo {
        ON_FILE,
        NONE,
        POOR
    }

    record CardVerificationVerdict(Match match, Optional<Identity> record) {

        Photo photo() {
            String subject = record.map(Identity::portraitSubject).orElse(null);
            if (PortraitSubjects.hasNoPhoto(subject)) {
                return Photo.NONE;
            }
            return PortraitSubjects.hasPoorPhoto(subject) ? Photo.POOR : Photo.ON_FILE;
        }
    }

    private final IdentityRegistry registry;

    AuthorityRecords(IdentityRegistry registry) {
        this.registry = registry;
    }

    CardVerificationVerdict verify(String name, String idNumber) {
        Optional<Identity> record = registry.byIdNumber(idNumber);
        if (record.isEmpty()) {
            return new CardVerificationVerdict(Match.NOT_FOUND, record);
        }
        return new CardVerificationVerdict(
                record.get().name().equals(name) ? Match.MATCH : Match.NAME_MISMATCH, record);
    }
}
