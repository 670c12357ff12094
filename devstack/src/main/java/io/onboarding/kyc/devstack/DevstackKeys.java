package io.onboarding.kyc.devstack;

import io.onboarding.kyc.store.apikey.ApiKey;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One API key per role, so that a newcomer can call the API at once: issued on start, their secrets kept in
 * {@code api-keys.env} in the state directory (mode 0600), which {@code . .devstack/api-keys.env} turns into
 * shell variables. A start reuses the file while every key in it still works; otherwise (first start, a
 * reset database, a revoked key) it revokes the devstack's keys and issues new ones. Development keys, printed
 * in the banner: not a way to manage real ones ({@code bin/kyc-keys} is).
 */
public final class DevstackKeys {

    public static final String FILE = "api-keys.env";

    private static final String NAME_PREFIX = "devstack-";
    /** Exported, so programs started from the shell (a callback receiver, bin/fuzz-api) see them too. */
    private static final String EXPORT = "export ";
    /** The product key's callback secret, for verifying the signatures of its journeys' callbacks. */
    public static final String CALLBACK_SECRET = "KYC_CALLBACK_SECRET";

    /** The devstack's keys: the variable each is kept in, the key's name and its roles. */
    public enum Seat {
        PRODUCT("KYC_PRODUCT_KEY", "devstack-product", "PRODUCT"),
        SUPPORT("KYC_SUPPORT_KEY", "devstack-support", "SUPPORT,PII_READ"),
        ENGINEER("KYC_ENGINEER_KEY", "devstack-engineer", "ENGINEER"),
        ADMIN("KYC_ADMIN_KEY", "devstack-admin", "ADMIN");

        private final String variable;
        private final String keyName;
        /** Role names, comma-separated: an enum's fields stay immutable. */
        private final String roles;

        Seat(String variable, String keyName, String roles) {
            this.variable = variable;
            this.keyName = keyName;
            this.roles = roles;
        }

        public String variable() {
            return variable;
        }

        public String keyName() {
            return keyName;
        }

        public Set<ApiRole> roles() {
            Set<ApiRole> set = EnumSet.noneOf(ApiRole.class);
            for (String role : roles.split(",", -1)) {
                set.add(ApiRole.valueOf(role));
            }
            return set;
        }
    }

    private final Map<Seat, String> secrets;
    private final String callbackSecret;
    private final Path file;
    private final boolean reused;

    private DevstackKeys(Map<Seat, String> secrets, String callbackSecret, Path file, boolean reused) {
        this.secrets = secrets;
        this.callbackSecret = callbackSecret;
        this.file = file;
        this.reused = reused;
    }

    /**
     * The devstack's keys, reused from {@code stateDirectory/api-keys.env} when each still authenticates as
     * the key it should be, else issued anew and written there. With no state directory (tests keeping
     * Temporal in memory) the keys are issued anew and only held here.
     */
    public static DevstackKeys ensure(ApiKeyStore store, Path stateDirectory) {
        Path file = stateDirectory == null ? null : stateDirectory.resolve(FILE);
        if (file != null && Files.isRegularFile(file)) {
            Map<String, String> values = read(file);
            Optional<Map<Seat, String>> kept = stillValid(store, values);
            // a file from before callbacks has no callback secret; the keys are issued anew to get one
            if (kept.isPresent() && values.containsKey(CALLBACK_SECRET)) {
                restrictToOwner(file);
                return new DevstackKeys(kept.get(), values.get(CALLBACK_SECRET), file, true);
            }
        }
        for (ApiKey key : store.list()) {
            if (key.active() && key.name().startsWith(NAME_PREFIX)) {
                store.revoke(key.id());
            }
        }
        Map<Seat, String> issued = new EnumMap<>(Seat.class);
        String callbackSecret = null;
        for (Seat seat : Seat.values()) {
            IssuedKey key = store.create(seat.keyName(), seat.roles());
            issued.put(seat, key.secret());
            if (seat == Seat.PRODUCT) {
                callbackSecret = key.callbackSecret();
            }
        }
        if (file != null) {
            write(file, issued, callbackSecret);
        }
        return new DevstackKeys(issued, callbackSecret, file, false);
    }

    /** The secrets in an {@code api-keys.env}, by variable name; blank lines and comments skipped. */
    public static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.trim();
                if (trimmed.startsWith(EXPORT)) {
                    trimmed = trimmed.substring(EXPORT.length()).trim();
                }
                int equals = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || equals <= 0) {
                    continue;
                }
                String value = trimmed.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(trimmed.substring(0, equals).trim(), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return values;
    }

    private static Optional<Map<Seat, String>> stillValid(ApiKeyStore store, Map<String, String> values) {
        Map<Seat, String> secrets = new EnumMap<>(Seat.class);
        for (Seat seat : Seat.values()) {
            String secret = values.get(seat.variable());
            if (secret == null
                    || store.authenticate(secret)
                            .filter(key -> key.name().equals(seat.keyName())
                                    && key.roleSet().equals(seat.roles()))
                            .isEmpty()) {
                return Optional.empty();
            }
            secrets.put(seat, secret);
        }
        return Optional.of(secrets);
    }

    /** Written beside and moved into place, so a crash never leaves half a file; 0600 from the start. */
    private static void write(Path file, Map<Seat, String> secrets, String callbackSecret) {
        List<String> lines = new ArrayList<>();
        lines.add("# The devstack's API keys (development only), rewritten when they stop working.");
        lines.add("# In a shell: . " + file + "   then: curl -H \"X-API-Key: $KYC_PRODUCT_KEY\" ...");
        for (Seat seat : Seat.values()) {
            lines.add(EXPORT + seat.variable() + "=" + secrets.get(seat));
        }
        lines.add("# verifies X-KYC-Signature on callbacks of journeys the product key starts (docs/callbacks.md)");
        lines.add(EXPORT + CALLBACK_SECRET + "=" + callbackSecret);
        OwnerOnlyFile.write(file, lines);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(
                    file, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // not a POSIX file system: its own permissions stand
        }
    }

    public String secret(Seat seat) {
        return secrets.get(seat);
    }

    /** The product key's callback secret. */
    public String callbackSecret() {
        return callbackSecret;
    }

    /** Where the secrets are kept; empty when the devstack has no state directory. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether this start reused the keys of an earlier one. */
    public boolean reused() {
        return reused;
    }

    /** The banner's lines: which variable holds which key, and its secret (development keys only). */
    List<String> bannerLines() {
        List<String> lines = new ArrayList<>();
        lines.add("  API keys         "
                + file().map(path -> path + "   (. " + path + "; send -H \"X-API-Key: $KYC_PRODUCT_KEY\")")
                        .orElse("not kept in a file (no state directory)")
                + (reused ? "" : "   issued now"));
        for (Seat seat : Seat.values()) {
            lines.add(String.format(
                    "    %-19s %s   %s: %s", seat.variable(), secrets.get(seat), seat.keyName(), seat.roles));
        }
        lines.add(String.format(
                "    %-19s %s   signs %s's callbacks", CALLBACK_SECRET, callbackSecret, Seat.PRODUCT.keyName()));
        return lines;
    }
}
