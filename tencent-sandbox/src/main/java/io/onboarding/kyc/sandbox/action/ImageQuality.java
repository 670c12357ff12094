package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.tencent.signing.Tc3Signer;
import java.nio.charset.StandardCharsets;

/**
 * The quality scores the vendor reports for a photo (0–100; below 50 counts as blurry, Tencent's documented
 * threshold) and the border-completeness score of IDCardOCR (0–100; above 50 suggests a covered or cut edge).
 * Fixed by the card and its defects, so tests can rely on them.
 */
final class ImageQuality {

    /** Tencent's threshold: a quality below it is a blur warning (-8001 in CheckIdCardInformation). */
    static final int BLUR_THRESHOLD = 50;

    private ImageQuality() {}

    /** 90–99 for a clean photo; 30–45 when blurry, 40–49 when tiny; 60–79 for a photo with glare, screen or copy. */
    static int score(CardImage image) {
        String subject = image.card().portraitSubject();
        if (image.has(CardDefect.BLURRY) || image.has(CardDefect.SEVERE_BLUR)) {
            return 30 + spread("blur", subject, 16);
        }
        if (image.has(CardDefect.LOW_RESOLUTION)) {
            return 40 + spread("small", subject, 10);
        }
        if (image.has(CardDefect.REFLECTIVE)
                || image.has(CardDefect.RESHOOT)
                || image.has(CardDefect.PHOTOCOPY)
                || image.has(CardDefect.COLOUR_PHOTOCOPY)) {
            return 60 + spread("fair", subject, 20);
        }
        return clean(subject);
    }

    /** The score of a clean photo of this portrait subject: 90–99. */
    static int clean(String subject) {
        return 90 + spread("quality", subject, 10);
    }

    /** 70–90 for a card whose border is cut or covered, 5–25 otherwise. */
    static int border(CardImage image) {
        String subject = image.card().portraitSubject();
        boolean broken = image.has(CardDefect.INCOMPLETE_BORDER) || image.has(CardDefect.OCCLUDED);
        return broken ? 70 + spread("border", subject, 21) : 5 + spread("border", subject, 21);
    }

    private static int spread(String salt, String subject, int range) {
        String text = salt + "\u0000" + subject;
        long hash = Long.parseUnsignedLong(
                Tc3Signer.sha256Hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 15), 16);
        return (int) Math.floorMod(hash, (long) range);
    }
}
