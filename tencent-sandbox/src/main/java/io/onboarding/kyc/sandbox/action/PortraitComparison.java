package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.tencent.signing.Tc3Signer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Face similarity between a card photo and the authority's photo. Real scores scatter; these are fixed by the
 * two subjects so tests can rely on them: the same person scores in [85.00, 99.50], anyone else in [5.00, 40.00],
 * either side of Tencent's recommended threshold of 70.
 */
final class PortraitComparison {

    private static final int SAME_MIN_HUNDREDTHS = 8_500;
    private static final int SAME_SPREAD = 9_950 - SAME_MIN_HUNDREDTHS + 1;
    private static final int OTHER_MIN_HUNDREDTHS = 500;
    private static final int OTHER_SPREAD = 4_000 - OTHER_MIN_HUNDREDTHS + 1;

    private PortraitComparison() {
    }

    static BigDecimal similarity(String cardSubject, String recordSubject) {
        boolean same = cardSubject != null && cardSubject.equals(recordSubject);
        long spread = same ? SAME_SPREAD : OTHER_SPREAD;
        long min = same ? SAME_MIN_HUNDREDTHS : OTHER_MIN_HUNDREDTHS;
        return BigDecimal.valueOf(min + Math.floorMod(hash(cardSubject + "\u0000" + recordSubject), spread), 2);
    }

    /** An image-quality score in 90–99, stable for one card photo. */
    static int quality(String cardSubject) {
        return 90 + (int) Math.floorMod(hash("quality\u0000" + cardSubject), 10L);
    }

    private static long hash(String text) {
        return Long.parseUnsignedLong(Tc3Signer.sha256Hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 15), 16);
    }
}
