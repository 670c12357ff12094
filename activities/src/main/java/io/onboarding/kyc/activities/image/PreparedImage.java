package io.onboarding.kyc.activities.image;

/**
 * An image ready for a Tencent action.
 *
 * @param changed whether it differs from what was stored (rotated, converted, shrunk)
 */
public record PreparedImage(byte[] content, ImageKind kind, boolean changed) {
}
