package io.onboarding.kyc.contract.callback;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which callback URLs a journey may name: checked when a journey starts, and again before each delivery, since
 * the allow-list may have changed in between.
 */
public final class CallbackUrlRules {

    public static final int MAX_LENGTH = 2048;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final CallbackSettings settings;

    public CallbackUrlRules(CallbackSettings settings) {
        this.settings = settings;
    }

    /** A broken rule: its short name and a sentence for the caller. */
    public record Violation(String rule, String message) {}

    /** The first rule the URL breaks, or empty when it may be used. */
    public Optional<Violation> check(String url) {
        if (url.length() > MAX_LENGTH) {
            return broken("length", "callbackUrl is at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return broken("format", "callbackUrl must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return broken("format", "callbackUrl must be an absolute http(s) URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return broken("format", "callbackUrl must not carry user information or a fragment");
        }
        String bareHost = bare(host);
        boolean loopback = isLoopbackName(bareHost);
        if (scheme.equals("http") && !(loopback && settings.allowLoopbackHttp())) {
            return broken(
                    "https",
                    settings.allowLoopbackHttp()
                            ? "callbackUrl must use https (plain http only to 127.0.0.1, ::1 or localhost)"
                            : "callbackUrl must use https");
        }
        if (!settings.allowedHosts().isEmpty() && !allowListed(bareHost)) {
            return broken("allowed-host", "callbackUrl's host is not on this installation's allow-list of hosts");
        }
        if (!settings.allowPrivateAddresses() && (loopback || internalLiteral(bareHost))) {
            return broken("public-address", "callbackUrl must not point at a loopback or internal network address");
        }
        return Optional.empty();
    }

    /**
     * Whether the address a delivery would connect to is one the engine may reach: never loopback, private,
     * link-local, shared (100.64/10) or multicast, unless private addresses are allowed (devstack, tests).
     */
    public boolean mayConnectTo(InetAddress address) {
        return settings.allowPrivateAddresses() || !internal(address);
    }

    private boolean allowListed(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return settings.allowedHosts().stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .anyMatch(allowed ->
                        allowed.startsWith("*.") ? lower.endsWith(allowed.substring(1)) : lower.equals(allowed));
    }

    private static boolean isLoopbackName(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost")
                || lower.equals("::1")
                || (IPV4.matcher(lower).matches() && lower.startsWith("127."));
    }

    /** A literal address in the URL that is internal; host names are resolved and checked at delivery. */
    private static boolean internalLiteral(String host) {
        if (!IPV4.matcher(host).matches() && !host.contains(":")) {
            return false;
        }
        try {
            // a literal: no lookup happens
            return internal(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            // shared address space (RFC 6598), used by carriers and some clouds' internal networks
            return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        }
        // unique local IPv6 (fc00::/7)
        return (bytes[0] & 0xfe) == 0xfc;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static Optional<Violation> broken(String rule, String message) {
        return Optional.of(new Violation(rule, message));
    }
}
