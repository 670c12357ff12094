package io.onboarding.kyc.activities.image;

/**
 * An image ready for a Tencent action.
 *
 * @param changed whether it differs from what was stored (rotated, converted, shrunk)
 */
// Raw bytes by design: the image bytes go straight to base64; the record is never compared or used as a key.
@SuppressWarnings("ArrayRecordComponent")
public record PreparedImage(byte[] content, ImageKind kind, boolean changed) {}
