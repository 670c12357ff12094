package io.onboarding.kyc.web.journey;

/** An image the door accepted: its format and its size as stored (before any EXIF turn). */
record InspectedImage(ImageFormat format, int width, int height) {}
