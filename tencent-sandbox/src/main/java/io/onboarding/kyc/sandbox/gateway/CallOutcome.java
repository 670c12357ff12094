package io.onboarding.kyc.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How one call is answered, and how the ledger accounts for it.
 *
 * @param action     the action named, empty when none was
 * @param body       the JSON envelope, for {@link Kind#JSON} only
 * @param httpStatus the status of an {@link Kind#HTTP_FAILURE}
 * @param holdMs     how long a {@link Kind#HANG} holds the request
 * @param subject    whom the call concerned, raw, for the ledger to tag; never logged
 */
public record CallOutcome(
        Kind kind,
        String action,
        ObjectNode body,
        int httpStatus,
        long holdMs,
        String resultCode,
        boolean billable,
        String subject) {

    public enum Kind {
        /** HTTP 200 with the API envelope: a success or an error, as the service answers. */
        JSON,
        /** A non-JSON 5xx from "in front of" the service. */
        HTTP_FAILURE,
        /** The connection is closed with no response. */
        RESET,
        /** No response until the hold ends or the sandbox closes, then the connection is closed. */
        HANG,
        /** The sandbox is closing: drop the connection and record nothing. */
        ABANDONED
    }

    public static final String RESET_CODE = "RESET";
    public static final String HANG_CODE = "HANG";

    static CallOutcome json(String action, ObjectNode body, String resultCode, boolean billable, String subject) {
        return new CallOutcome(Kind.JSON, action, body, 200, 0, resultCode, billable, subject);
    }

    static CallOutcome httpFailure(String action, int status) {
        return new CallOutcome(Kind.HTTP_FAILURE, action, null, status, 0, "HTTP " + status, false, null);
    }

    static CallOutcome reset(String action) {
        return new CallOutcome(Kind.RESET, action, null, 0, 0, RESET_CODE, false, null);
    }

    static CallOutcome hang(String action, long holdMs) {
        return new CallOutcome(Kind.HANG, action, null, 0, holdMs, HANG_CODE, false, null);
    }

    static CallOutcome abandoned(String action) {
        return new CallOutcome(Kind.ABANDONED, action, null, 0, 0, null, false, null);
    }
}
