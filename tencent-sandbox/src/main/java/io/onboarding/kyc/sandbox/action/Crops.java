package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.CardCropper;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.util.Base64;

/** Cropped regions as the actions return them: base64 text, or the decode failure Tencent reports. */
final class Crops {

    private Crops() {}

    static String portrait(byte[] image, CardImage seen, ImageEncoding format) {
        try {
            return Base64.getEncoder().encodeToString(CardCropper.portrait(image, seen, format));
        } catch (IllegalArgumentException e) {
            throw undecodable();
        }
    }

    static String foreignPortrait(byte[] image, ImageEncoding format) {
        try {
            return Base64.getEncoder().encodeToString(CardCropper.foreignPortrait(image, format));
        } catch (IllegalArgumentException e) {
            throw undecodable();
        }
    }

    static String card(byte[] image, CardImage seen, ImageEncoding format) {
        try {
            return Base64.getEncoder().encodeToString(CardCropper.card(image, seen, format));
        } catch (IllegalArgumentException e) {
            throw undecodable();
        }
    }

    private static ApiError undecodable() {
        return new ApiError(ErrorCodes.IMAGE_DECODE_FAILED, "The image could not be decoded.");
    }
}
