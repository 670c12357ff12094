package io.onboarding.kyc.web.codec;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import java.util.List;

/**
 * Who may use the codec endpoint and from where ({@code kyc.codec.*}, or {@code KYC_CODEC_*} environment
 * variables; lists are comma-separated there).
 *
 * @param uiOrigins      origins of the Temporal Web UI pages whose browser calls may reach {@code /codec}, e.g.
 *                       {@code https://temporal.example.com}; nothing else gets a CORS allowance
 * @param engineerTokens {@code name:token} pairs; a secret, so only ever set from the environment
 *                       ({@code KYC_CODEC_ENGINEER_TOKENS})
 * @param trustLoopback  devstack only: a caller without a token may use the endpoint when the server and
 *                       the caller are both on loopback (see {@link LoopbackTrust})
 * @param maxBodySize    the largest request body {@code /codec} reads, e.g. {@code 4MB}
 */
@ConfigurationProperties("kyc.codec")
public record CodecSettings(
        @Nullable List<String> uiOrigins,
        @Nullable List<String> engineerTokens,
        @Bindable(defaultValue = "false") boolean trustLoopback,
        @Bindable(defaultValue = "4MB") @ReadableBytes long maxBodySize) {

    public CodecSettings {
        uiOrigins = uiOrigins == null ? List.of() : List.copyOf(uiOrigins);
        engineerTokens = engineerTokens == null ? List.of() : List.copyOf(engineerTokens);
    }

    @Override
    public String toString() {
        return "CodecSettings[uiOrigins=" + uiOrigins + ", engineerTokens=" + engineerTokens.size() + " configured"
                + ", trustLoopback=" + trustLoopback + ", maxBodySize=" + maxBodySize + "]";
    }
}
