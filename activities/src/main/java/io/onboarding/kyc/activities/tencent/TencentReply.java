package io.onboarding.kyc.activities.tencent;

import java.time.Duration;

/** A successful answer with what the audit trail needs beside it. */
public record TencentReply<R>(R body, String requestId, Duration latency) {}
