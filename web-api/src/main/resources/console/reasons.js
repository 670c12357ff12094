// The reason catalogue in words: the codes the journey workflow gives (docs/workflows.md, JourneyPolicy), as
// support staff would say them. A code missing here is shown as it is.

const REASONS = {
  AUTHORITY_PHOTO_MISSING: 'The authority holds no photo to compare the card portrait with',
  BACK_SIDE_REQUIRED: 'The back of the card is needed for this card type',
  BIRTH_DATE_MISMATCH: 'The birth date printed on the card does not match the ID number',
  CANCELLED: 'The journey was cancelled',
  CARD_EXPIRED: 'The card has expired or its validity date is invalid',
  CARD_INFORMATION_UNVERIFIED: 'Tencent could not verify the information on the foreign card',
  CARD_VALIDITY_UNREADABLE: 'The validity period on the card could not be read',
  CARD_VERIFICATION_PENDING: "Waiting for Tencent's verdict on the foreign card",
  CARD_VERIFICATION_REJECTED: 'Tencent card verification rejected the card',
  CARD_VERIFICATION_STATUS_UNRECOGNISED: 'Tencent card verification answered a status we do not recognise',
  CARD_VERIFICATION_TIMEOUT: 'Tencent card verification was still processing after the last poll',
  CARD_VERIFICATION_WARNING: 'Tencent card verification passed the card with a warning',
  DAILY_LIMIT_OVER: "The authority's daily verification limit was reached",
  DECLARED_ID_NUMBER_MISMATCH: 'The ID number the customer typed differs from the card',
  DECLARED_NAME_MISMATCH: 'The name the customer typed differs from the card',
  DOCUMENT_COPY: 'The photo is of a photocopy, not the card',
  DOCUMENT_ELECTRONIC: 'The photo is of an electronic card',
  DOCUMENT_INCOMPLETE: 'The card is not whole in the photo (cut border or covered)',
  DOCUMENT_NOT_SUPPORTED: 'This document type is not supported',
  DOCUMENT_POOR_QUALITY: 'The photo is blurry or reflective',
  DOCUMENT_RESHOT: 'The photo was taken of a screen',
  DOCUMENT_SEVERAL_CARDS: 'The photo shows more than one card',
  DOCUMENT_TAMPERED: 'The card image shows signs of editing',
  DOCUMENT_TEMPORARY: 'The card is a temporary ID card',
  DOCUMENT_UNREADABLE: 'No card could be read in the photo',
  DOCUMENT_WARNING: 'The card recognition raised a warning',
  DOCUMENT_WARNING_UNRECOGNISED: 'The card recognition raised a warning we do not recognise',
  DOCUMENT_WATERMARKED: 'The card image carries a watermark',
  ESCALATED: 'The review has waited more than a day',
  ID_NAME_MISMATCH: 'The authority says the name does not match the ID number',
  ID_NOT_FOUND: 'The authority has no record of this ID number',
  ID_NUMBER_INVALID: 'The ID number is invalid (check character or authority)',
  ID_VERIFICATION_DAILY_LIMIT: "Waiting out the authority's daily verification limit",
  NAME_INVALID: 'The authority says the name is invalid',
  NEW_PHOTOS: 'The customer sent new photos',
  PORTRAIT_BORDERLINE_SIMILARITY: 'The card portrait and the authority photo are only somewhat alike',
  PORTRAIT_COMPARISON_FAILED: 'The portrait could not be compared with the authority photo',
  PORTRAIT_FAKE: 'The portrait looks fake',
  PORTRAIT_LOW_SIMILARITY: 'The card portrait does not look like the authority photo',
  RECORDING_FAILED: 'The journey could not record its progress and stopped',
  RETAKES_EXHAUSTED: 'The customer used up every retake',
  RETAKE_TIMEOUT: 'No new photo arrived in time',
  REVIEWER_REJECTED: 'A reviewer rejected it',
  REVIEW_TIMEOUT: 'Nobody reviewed it in time',
  VENDOR_CONFIGURATION: 'Tencent refused our credentials, billing or activation',
  VENDOR_UNAVAILABLE: 'Tencent kept failing for 30 minutes',
  VENDOR_UNDOCUMENTED_ANSWER: 'Tencent gave an answer its documentation does not describe',
  WARNINGS_NOT_ENABLED: 'Card warnings are not enabled for our Tencent account',
};

// What a journey can wait on (the API's waiting.on), in words.
const WAITS = {
  RETAKE: 'New photos from the customer',
  REVIEW: "A reviewer's decision",
  DAILY_LIMIT: "The authority's daily limit, until the next Beijing day",
  CARD_VERIFICATION: "Tencent's verdict on the foreign card",
  VENDOR_RETRY: 'Tencent, which keeps failing: the call is retried',
};

/** What a journey waits on, in words, or the code itself. */
export function waitText(on) {
  return WAITS[on] || on;
}

/** The reason in words, or the code itself when the catalogue does not know it. */
export function reasonText(code) {
  return REASONS[code] || code;
}

export function knownReasons() {
  return Object.keys(REASONS);
}
