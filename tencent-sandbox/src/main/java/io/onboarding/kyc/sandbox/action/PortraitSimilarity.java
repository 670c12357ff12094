package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.PortraitSubjects;
import io.onboarding.kyc.tencent.signing.Tc3Signer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Face similarity between a card photo and the authority's photo. Real scores scatter; these are fixed by the
 * two subjects so tests can rely on them: the same person scores in [85.00, 99.50], anyone else in [5.00, 40.00],
 * either side of Tencent's recommended threshold of 70. The same person in a poor likeness (either subject
 * marked {@code -borderline}) lands in [60.00, 75.00], straddling the threshold.
 */
final class PortraitSimilarity {

    private static final Band SAME = new Band(8_500, 9_950);
    private static final Band BORDERLINE = new Band(6_000, 7_500);
    private static final Band OTHER = new Band(500, 4_000);

    /** A range of similarities in hundredths. */
    private record Band(int min, int max) {

        BigDecimal pick(String key) {
            return BigDecimal.valueOf(min + Math.floorMod(hash(key), (long) (max - min + 1)), 2);
        }
    }

    private PortraitSimilarity() {}

    static BigDecimal similarity(String cardSubject, String recordSubject) {
        String cardPerson = PortraitSubjects.person(cardSubject);
        boolean same = cardPerson != null && cardPerson.equals(PortraitSubjects.person(recordSubject));
        Band band = !same
                ? OTHER
                : PortraitSubjects.isBorderline(cardSubject) || PortraitSubjects.isBorderline(recordSubject)
                        ? BORDERLINE
                        : SAME;
        return band.pick(cardSubject + "\u0000" + recordSubject);
    }

    private static long hash(String text) {
        return Long.parseUnsignedLong(
                Tc3Signer.sha256Hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 15), 16);
    }
}
