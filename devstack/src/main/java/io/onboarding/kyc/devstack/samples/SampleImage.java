package io.onboarding.kyc.devstack.samples;

import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignCardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.PhoneCamera;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import java.util.Set;

/** One side of a synthetic card, as a sample sends it. */
public sealed interface SampleImage {

    byte[] render();

    /** A side of a mainland resident ID card, with the defects drawn on it. */
    record Mainland(MainlandIdCard card, SandboxCardSide side, Set<CardDefect> defects) implements SampleImage {
        @Override
        public byte[] render() {
            return side == SandboxCardSide.FRONT
                    ? CardGenerator.front(card, ImageEncoding.JPEG, defects)
                    : CardGenerator.back(card, ImageEncoding.JPEG, defects);
        }
    }

    /**
     * A side of a mainland card as a phone saves it: a JPEG on its side with an EXIF orientation, no sandbox
     * metadata. Only the engine's preparation turns it upright, and only the printed code says what it is.
     */
    record PhonePhoto(MainlandIdCard card, SandboxCardSide side, PhoneCamera camera, Set<CardDefect> defects)
            implements SampleImage {
        @Override
        public byte[] render() {
            return CardGenerator.phonePhoto(card, side, ImageEncoding.JPEG, camera, defects, true);
        }
    }

    /** A side of a non-mainland document; its verification scenario travels with it. */
    record Foreign(ForeignCard card, SandboxCardSide side) implements SampleImage {
        @Override
        public byte[] render() {
            return side == SandboxCardSide.FRONT
                    ? ForeignCardGenerator.front(card, ImageEncoding.JPEG)
                    : ForeignCardGenerator.back(card, ImageEncoding.JPEG);
        }
    }
}
