package io.onboarding.kyc.sandbox.card;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the vendor's asynchronous card verification will treat a generated non-mainland document: how many polls
 * answer {@code PROCESSING} before the verdict, the verdict, and the warnings given with it. It travels in the
 * image's metadata, so a test decides the outcome when it draws the card.
 *
 * @param processingPolls polls that answer {@code PROCESSING} before the verdict; 0 gives the verdict at once
 * @param warnInfo        the {@code WarnInfo} strings reported with the verdict
 */
public record VerificationScenario(int processingPolls, CardVerificationVerdict verdict, List<String> warnInfo) {

    /** Polls before the verdict when a scenario does not say: enough to exercise a client's polling loop. */
    public static final int DEFAULT_PROCESSING_POLLS = 2;

    public VerificationScenario {
        if (processingPolls < 0) {
            throw new IllegalArgumentException("processingPolls must not be negative");
        }
        Objects.requireNonNull(verdict, "verdict");
        warnInfo = List.copyOf(warnInfo);
    }

    public static VerificationScenario passed() {
        return new VerificationScenario(DEFAULT_PROCESSING_POLLS, CardVerificationVerdict.PASSED, List.of());
    }

    public static VerificationScenario of(int processingPolls, CardVerificationVerdict verdict, String... warnInfo) {
        return new VerificationScenario(processingPolls, verdict, List.of(warnInfo));
    }

    public VerificationScenario withProcessingPolls(int polls) {
        return new VerificationScenario(polls, verdict, warnInfo);
    }

    /**
     * The verdict a photo with these defects gets when the test does not choose one: a suspected fake or screen
     * capture is rejected, any other finding is a warning. The warning names follow those Tencent documents for
     * its newer card verification ({@code ApplyCardVerificationExternal}).
     */
    public static VerificationScenario forDefects(Set<CardDefect> defects) {
        Set<String> warnings = new LinkedHashSet<>();
        for (CardDefect defect : defects) {
            warnings.add(
                    switch (defect) {
                        case PHOTOCOPY, COLOUR_PHOTOCOPY -> "PaperCopy";
                        case RESHOOT -> "RetakeSuspected";
                        case ELECTRONIC -> "ScreenshotSuspected";
                        case PS_ALTERED -> "FakeSuspected";
                        case BLURRY, SEVERE_BLUR, LOW_RESOLUTION, REFLECTIVE, SMALL_IN_FRAME -> "PoorImageQuality";
                        case INCOMPLETE_BORDER, OCCLUDED -> "IncompleteCard";
                        case MULTIPLE_CARDS -> "TooManyCards";
                        case TEMPORARY, WATERMARK -> "OtherWarning";
                    });
        }
        if (warnings.isEmpty()) {
            return passed();
        }
        boolean reject = warnings.contains("FakeSuspected") || warnings.contains("ScreenshotSuspected");
        return new VerificationScenario(
                DEFAULT_PROCESSING_POLLS,
                reject ? CardVerificationVerdict.REJECTED : CardVerificationVerdict.WARNING,
                new ArrayList<>(warnings));
    }
}
