package io.onboarding.kyc.sandbox.card;

/**
 * Something wrong with a photographed ID card that an eKYC vendor detects: drawn visibly on the generated image
 * and recorded in its metadata, so the sandbox's "OCR" knows what a real one would have noticed.
 */
public enum CardDefect {
    /** A black-and-white photocopy: greyscale, toner grain, blown-out highlights, paper margin. */
    PHOTOCOPY,
    /** A colour photocopy: washed-out colours and toner grain, but still in colour. */
    COLOUR_PHOTOCOPY,
    /** The card photographed off a screen: moiré bands, a sub-pixel grid and a dim vignette. */
    RESHOOT,
    /** Edited: the name and number were painted over and retyped in another font, with visible seams. */
    PS_ALTERED,
    /** Glare: a bright elliptical hotspot that washes out part of the card. */
    REFLECTIVE,
    /** Out of focus, but still legible. */
    BLURRY,
    /** So far out of focus that nothing can be read. */
    SEVERE_BLUR,
    /** The card runs off one edge of the photo, so part of its border is missing. */
    INCOMPLETE_BORDER,
    /** A thumb covers part of the card, including a corner of the portrait. */
    OCCLUDED,
    /** A temporary resident ID card: a different title band and a "TEMPORARY" stamp. */
    TEMPORARY,
    /** An electronic ID card shown in a phone app: screen chrome and a QR code around the card. */
    ELECTRONIC,
    /** A "for account opening only" text watermark across the card. */
    WATERMARK,
    /** The whole photo is tiny (a quarter of the card's native resolution). */
    LOW_RESOLUTION,
    /** The card fills only a small part of an otherwise empty photo of a desk. */
    SMALL_IN_FRAME,
    /** Two cards of the same side lie in the photo. */
    MULTIPLE_CARDS
}
