package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A successful answer and how the vendor would account for it.
 *
 * @param resultCode the business {@code Result} when the action has one, otherwise {@code Success}
 * @param billable   whether the real service charges for this answer
 */
public record ActionResult(ObjectNode fields, String resultCode, boolean billable) {

    public static final String SUCCESS = "Success";
}
