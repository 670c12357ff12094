package io.onboarding.kyc.sandbox.card;

import java.util.List;

/**
 * How the sandbox names whose face a portrait shows. A subject is a person ({@code subject-li-ming}) with an
 * optional marker that sets up a scenario without any other configuration:
 * <ul>
 *   <li>{@code -borderline}: the same person in a photo that resembles the other poorly (an old photo, new
 *       glasses); comparisons with the plain subject land in the borderline band</li>
 *   <li>{@code -no-photo}: on an authority record, no photo is on file</li>
 *   <li>{@code -poor-photo}: on an authority record, the photo on file is too poor to compare</li>
 * </ul>
 */
public final class PortraitSubjects {

    public static final String BORDERLINE = "-borderline";
    public static final String NO_PHOTO = "-no-photo";
    public static final String POOR_PHOTO = "-poor-photo";
    private static final List<String> MARKERS = List.of(BORDERLINE, NO_PHOTO, POOR_PHOTO);

    private PortraitSubjects() {}

    /** The person, without any marker; null stays null. */
    public static String person(String subject) {
        if (subject == null) {
            return null;
        }
        for (String marker : MARKERS) {
            if (subject.endsWith(marker)) {
                return subject.substring(0, subject.length() - marker.length());
            }
        }
        return subject;
    }

    public static boolean isBorderline(String subject) {
        return subject != null && subject.endsWith(BORDERLINE);
    }

    public static boolean hasNoPhoto(String subject) {
        return subject == null || subject.isBlank() || subject.endsWith(NO_PHOTO);
    }

    public static boolean hasPoorPhoto(String subject) {
        return subject != null && subject.endsWith(POOR_PHOTO);
    }
}
