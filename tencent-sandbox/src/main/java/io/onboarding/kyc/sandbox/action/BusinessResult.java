package io.onboarding.kyc.sandbox.action;

/**
 * One documented value of an action's {@code Result} field, with the description Tencent sends beside it
 * and whether Tencent bills the call that produced it.
 */
record BusinessResult(String code, String description, boolean billable) {}
