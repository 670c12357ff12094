package io.onboarding.kyc.sandbox.protocol;

import java.util.Locale;

/**
 * The languages Tencent answers error messages in, chosen per request by {@code X-TC-Language} (API 3.0) or the
 * {@code Language} parameter (v1). Anything else, or nothing, gets English: the sandbox stands in for the
 * international site, whose default is English.
 */
public enum Language {
    EN_US("en-US"),
    ZH_CN("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** Lenient on case and on {@code _} for {@code -}, as SDK users type either. */
    public static Language fromTag(String tag) {
        if (tag == null) {
            return EN_US;
        }
        String normalised = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        return normalised.equals("zh-cn") ? ZH_CN : EN_US;
    }
}
