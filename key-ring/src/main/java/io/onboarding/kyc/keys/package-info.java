/** Key rings: which key encrypts now, and every key that may still decrypt. */
package io.onboarding.kyc.keys;
