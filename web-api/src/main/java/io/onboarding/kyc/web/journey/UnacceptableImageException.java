package io.onboarding.kyc.web.journey;

/**
 * An image the door refuses.
 *
 * @see ImageInspector
 */
class UnacceptableImageException extends RuntimeException {

    private final String rule;

    /** @param reason what is wrong, worded to follow the field's name: "must be …" */
    UnacceptableImageException(String rule, String reason) {
        super(reason, null, false, false); // a refusal, not a fault: no stack trace to fill
        this.rule = rule;
    }

    /** The machine-readable rule: {@code image-format}, {@code image-decodable} or {@code image-dimensions}. */
    String rule() {
        return rule;
    }

    static UnacceptableImageException undecodable(String why) {
        return new UnacceptableImageException("image-decodable", "must be a whole, readable PNG or JPEG image: " + why);
    }
}
