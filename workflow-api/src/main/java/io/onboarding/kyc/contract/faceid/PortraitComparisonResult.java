package io.onboarding.kyc.contract.faceid;

import java.util.Map;

/**
 * What {@code CheckIdCardInformation} concluded, in the engine's words. The activity translates
 * Tencent's {@code Result} into one of these at its boundary; the workflow's policy sees only them.
 *
 * <p>The table sits with the enum rather than in the activity because histories recorded before the
 * typed result existed carry only Tencent's code, and replaying them must reach the same decision.
 */
public enum PortraitComparisonResult {
    /** The portraits were compared: the similarity score means something. */
    COMPARED,
    /** The authority holds another name for this ID number. */
    ID_NAME_MISMATCH,
    /** The ID number is not a valid one. */
    ID_NUMBER_INVALID,
    /** Compared, and not the same person (or the comparison could not match them). */
    LOW_SIMILARITY,
    /** The card's portrait looks like a reproduction, not a photographed card. */
    FAKE_PORTRAIT,
    /** A card warning (copy, reshoot, …) stopped the comparison: a new photo may clear it. */
    CARD_WARNING,
    /** The authority has no record of the ID number. */
    NO_RECORD,
    /** The authority has the record but no photo to compare with. */
    NO_AUTHORITY_PHOTO,
    /** Any other answer that stopped the comparison. */
    NOT_COMPARED;

    private static final Map<String, PortraitComparisonResult> BY_TENCENT_RESULT = Map.of(
            "Success", COMPARED,
            "FailedOperation.IdNameMisMatch", ID_NAME_MISMATCH,
            "FailedOperation.IdFormatError", ID_NUMBER_INVALID,
            "FailedOperation.CompareLowSimilarity", LOW_SIMILARITY,
            "FailedOperation.CompareFail", LOW_SIMILARITY,
            "FailedOperation.LifePhotoDetectFake", FAKE_PORTRAIT,
            "FailedOperation.OcrWarningOccurred", CARD_WARNING,
            "FailedOperation.IdNoExistSystem", NO_RECORD,
            "FailedOperation.IdPhotoNoExist", NO_AUTHORITY_PHOTO);

    /** Tencent's {@code Result} (or the error code that carried the answer) in the engine's words. */
    public static PortraitComparisonResult ofTencentResult(String result) {
        return result == null ? NOT_COMPARED : BY_TENCENT_RESULT.getOrDefault(result, NOT_COMPARED);
    }
}
