package io.onboarding.kyc.contract.journey;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Journey ids are opaque and random: nothing about the customer can be read from them, from the
 * workflow id derived from them, or from their order.
 */
public final class JourneyIds {

    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int LENGTH = 26;
    private static final Pattern FORMAT = Pattern.compile("jny_[" + ALPHABET + "]{" + LENGTH + "}");
    private static final String WORKFLOW_PREFIX = "journey-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JourneyIds() {}

    public static String newJourneyId() {
        StringBuilder id = new StringBuilder("jny_");
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    public static boolean isValid(String journeyId) {
        return journeyId != null && FORMAT.matcher(journeyId).matches();
    }

    public static String workflowId(String journeyId) {
        if (!isValid(journeyId)) {
            throw new IllegalArgumentException("not a journey id");
        }
        return WORKFLOW_PREFIX + journeyId;
    }
}
