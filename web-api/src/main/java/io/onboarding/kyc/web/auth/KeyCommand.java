package io.onboarding.kyc.web.auth;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.DefaultApplicationContext;
import io.micronaut.context.DefaultApplicationContextBuilder;
import io.micronaut.inject.BeanDefinitionReference;
import io.onboarding.kyc.store.apikey.ApiKey;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.onboarding.kyc.store.callback.CallbackSecrets;
import io.onboarding.kyc.store.sealing.Sealer;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code bin/kyc-keys}: creates, lists and revokes API keys from a shell, against the database the web API
 * uses ({@code KYC_DB_URL}, {@code KYC_DB_USER}, {@code KYC_DB_PASSWORD}), migrating it first as the web API
 * does. What {@code /v1/api-keys} does over HTTP, for the first key (nobody holds an admin key yet) and for
 * operators on the database host.
 *
 * <p>It starts a Micronaut context without the HTTP server, and with only the beans it needs: the
 * framework's (data source, Flyway, transactions, Micronaut Data) and the key store's. Every other bean of
 * this project is left out, so nothing reaches Temporal and no payload or sealing key is needed: on the
 * devstack's classpath, which holds the worker too, the worker would otherwise start polling Temporal as soon
 * as the context started.
 *
 * <p>Exit codes: 0 done, 1 failed (database unreachable, unknown key, name taken), 2 usage error.
 */
public final class KeyCommand {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = String.join(
            System.lineSeparator(),
            "usage: kyc-keys create --name NAME --roles ROLE[,ROLE...]",
            "       kyc-keys list",
            "       kyc-keys revoke NAME_OR_ID",
            "roles: " + Arrays.stream(ApiRole.values()).map(Enum::name).collect(Collectors.joining(", ")),
            "database: KYC_DB_URL (jdbc:postgresql://127.0.0.1:5432/kyc), KYC_DB_USER (postgres), KYC_DB_PASSWORD");

    /** The only project beans the command loads: the key store and its repository. */
    private static final String PROJECT_PACKAGE = "io.onboarding.kyc.";

    private static final String KEY_STORE_PACKAGE = ApiKeyStore.class.getPackageName() + ".";
    /** Loaded only with a sealing key in the environment: a new product key's callback secret is sealed. */
    private static final List<String> CALLBACK_SECRET_PACKAGES =
            List.of(CallbackSecrets.class.getPackageName() + ".", Sealer.class.getPackageName() + ".");

    private static final List<String> SEALING_VARIABLES =
            List.of("KYC_SEALING_KEY", "KYC_SEALING_KEYS", "KYC_SEALING_KEY_ID", "KYC_SEALING_FINGERPRINT_KEY");

    /** What the command line asks for. */
    sealed interface Command permits Create, ListKeys, Revoke, Help {}

    record Create(String name, Set<ApiRole> roles) implements Command {}

    record ListKeys() implements Command {}

    record Revoke(String idOrName) implements Command {}

    record Help() implements Command {}

    /** A command line that makes no sense; its message says why. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private KeyCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs one command line; returns the exit code. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Command command;
        try {
            command = parse(List.of(args));
        } catch (UsageException e) {
            err.println("kyc-keys: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (command instanceof Help) {
            out.println(USAGE_TEXT);
            return OK;
        }
        try (ApplicationContext context = startContext(env)) {
            return execute(command, context.getBean(ApiKeyStore.class), out, err);
        } catch (RuntimeException e) {
            err.println("kyc-keys: failed: " + rootMessage(e));
            return FAILURE;
        }
    }

    static Command parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("a command is required: create, list or revoke");
        }
        String verb = args.get(0);
        List<String> rest = args.subList(1, args.size());
        return switch (verb) {
            case "create" -> parseCreate(rest);
            case "list" -> {
                if (!rest.isEmpty()) {
                    throw new UsageException("list takes no arguments, got " + rest.get(0));
                }
                yield new ListKeys();
            }
            case "revoke" -> {
                if (rest.size() != 1 || rest.get(0).isBlank() || rest.get(0).startsWith("-")) {
                    throw new UsageException("revoke takes exactly one key name or id");
                }
                yield new Revoke(rest.get(0));
            }
            case "help", "--help", "-h" -> new Help();
            default ->
                throw new UsageException("unknown command " + verb + "; the commands are create, list and revoke");
        };
    }

    private static Create parseCreate(List<String> args) throws UsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option;
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                option = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else {
                option = arg;
                if (i + 1 >= args.size()) {
                    throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unexpected " + arg);
                }
                value = args.get(++i);
            }
            if (!option.equals("--name") && !option.equals("--roles")) {
                throw new UsageException(
                        "unknown option " + option + " for create; the options are --name and --roles");
            }
            if (options.put(option, value) != null) {
                throw new UsageException(option + " is given twice");
            }
        }
        String name = options.get("--name");
        if (name == null || name.isBlank()) {
            throw new UsageException("create needs --name NAME");
        }
        String roles = options.get("--roles");
        if (roles == null || roles.isBlank()) {
            throw new UsageException("create needs --roles ROLE[,ROLE...]");
        }
        return new Create(name, roles(roles));
    }

    private static Set<ApiRole> roles(String list) throws UsageException {
        Set<ApiRole> roles = EnumSet.noneOf(ApiRole.class);
        for (String given : list.split(",", -1)) {
            String role = given.trim().toUpperCase(Locale.ROOT);
            if (role.isEmpty()) {
                throw new UsageException("--roles has an empty entry: " + list);
            }
            try {
                roles.add(ApiRole.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown role " + given.trim() + "; the roles are "
                        + Arrays.stream(ApiRole.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return roles;
    }

    static int execute(Command command, ApiKeyStore store, PrintStream out, PrintStream err) {
        if (command instanceof Create create) {
            IssuedKey issued;
            try {
                issued = store.create(create.name(), create.roles());
            } catch (IllegalArgumentException refused) {
                err.println("kyc-keys: " + refused.getMessage());
                return FAILURE;
            }
            ApiKey key = issued.key();
            out.println("Created key " + key.name() + " (" + key.id() + ", roles " + key.roles() + ").");
            out.println("Secret, to send as X-API-Key:");
            out.println();
            out.println("  " + issued.secret());
            out.println();
            out.println("This secret cannot be shown again: only its hash is stored. Keep it now.");
            if (issued.callbackSecret() != null) {
                out.println();
                out.println("Callback secret, to verify X-KYC-Signature on this key's callbacks (docs/callbacks.md):");
                out.println();
                out.println("  " + issued.callbackSecret());
                out.println();
                out.println("It is shown this once too; an administrator can issue a new one.");
            } else if (key.roleSet().contains(ApiRole.PRODUCT)) {
                out.println();
                out.println("No callback secret: KYC_SEALING_KEY (or KYC_SEALING_KEYS) is not set here. Before this"
                        + " key names a callbackUrl, an administrator issues one: POST /v1/api-keys/" + key.id()
                        + "/callback-secret.");
            }
            return OK;
        }
        if (command instanceof ListKeys) {
            list(store.list(), out);
            return OK;
        }
        if (command instanceof Revoke revoke) {
            Optional<ApiKey> key = store.find(revoke.idOrName());
            if (key.isEmpty()) {
                err.println("kyc-keys: no key has id " + revoke.idOrName() + ", nor is an active key named so");
                return FAILURE;
            }
            if (!store.revoke(key.get().id())) {
                err.println(
                        "kyc-keys: key " + key.get().name() + " (" + key.get().id() + ") was revoked already");
                return FAILURE;
            }
            out.println("Revoked key " + key.get().name() + " (" + key.get().id() + ").");
            return OK;
        }
        throw new IllegalStateException("not a command to execute: " + command);
    }

    /** One line a key, never a secret: only the prefix that tells keys apart. */
    static void list(List<ApiKey> keys, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "NAME", "PREFIX", "ROLES", "CREATED", "LAST USED", "REVOKED"});
        for (ApiKey key : keys) {
            rows.add(new String[] {
                key.id(),
                key.name(),
                key.prefix() + "…",
                key.roles(),
                time(key.createdAt()),
                time(key.lastUsedAt()),
                time(key.revokedAt())
            });
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < row.length; column++) {
                line.append(
                        column == row.length - 1
                                ? row[column]
                                : String.format("%-" + widths[column] + "s  ", row[column]));
            }
            out.println(line.toString().stripTrailing());
        }
        if (keys.isEmpty()) {
            out.println("(no keys yet: kyc-keys create --name NAME --roles ADMIN makes the first)");
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * A context with the database settings the web API reads, Flyway on, and no HTTP server: only the
     * framework's beans and the key store's are loaded (see the class comment). The properties are set here
     * rather than left to {@code application.yml}, because on the devstack's classpath the worker's comes
     * first and it is not the web API's.
     */
    public static ApplicationContext startContext(Map<String, String> env) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(
                "datasources.default.url", env.getOrDefault("KYC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kyc"));
        properties.put("datasources.default.username", env.getOrDefault("KYC_DB_USER", "postgres"));
        properties.put("datasources.default.password", env.getOrDefault("KYC_DB_PASSWORD", ""));
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("datasources.default.dialect", "POSTGRES");
        // a command opens one connection at a time; a pool of ten would only hold the server's slots
        properties.put("datasources.default.maximum-pool-size", 2);
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("endpoints.all.enabled", false);
        // Not loaded here anyway (see keyStoreOnly); said in case a future bean reads it.
        properties.put("kyc.reconcile.enabled", false);
        boolean sealing = env.containsKey("KYC_SEALING_KEY") || env.containsKey("KYC_SEALING_KEYS");
        for (String variable : SEALING_VARIABLES) {
            if (env.containsKey(variable)) {
                properties.put(
                        "kyc.sealing."
                                + variable.substring("KYC_SEALING_".length())
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '-'),
                        env.get(variable));
            }
        }
        return new KeyStoreOnlyContextBuilder(sealing)
                .deduceEnvironment(false)
                .deduceCloudEnvironment(false)
                .banner(false)
                .properties(properties)
                .start();
    }

    /** Whether the command loads this bean: every bean but this project's, whose only ones are the key store's. */
    static boolean keyStoreOnly(String beanDefinitionName) {
        return loads(beanDefinitionName, false);
    }

    /** {@link #keyStoreOnly}, and with a sealing key the callback secrets' beans too. */
    static boolean loads(String beanDefinitionName, boolean sealing) {
        return !beanDefinitionName.startsWith(PROJECT_PACKAGE)
                || beanDefinitionName.startsWith(KEY_STORE_PACKAGE)
                || (sealing && CALLBACK_SECRET_PACKAGES.stream().anyMatch(beanDefinitionName::startsWith));
    }

    /** Builds a context that never sees this project's beans other than the key store's. */
    private static final class KeyStoreOnlyContextBuilder extends DefaultApplicationContextBuilder {

        private final boolean sealing;

        KeyStoreOnlyContextBuilder(boolean sealing) {
            this.sealing = sealing;
        }

        /**
         * Micronaut's context with the bean definitions filtered by {@link #keyStoreOnly}. Anonymous on
         * purpose: Micronaut's annotation processor warns about named subclasses of its context (the build
         * fails on warnings), and the suppressed warnings are about Micronaut's own inherited signatures.
         */
        @Override
        @SuppressWarnings({"rawtypes", "overrides"})
        protected ApplicationContext newApplicationContext() {
            return new DefaultApplicationContext(this) {
                private List<BeanDefinitionReference> references;

                @Override
                protected List<BeanDefinitionReference> resolveBeanDefinitionReferences() {
                    if (references == null) {
                        references = super.resolveBeanDefinitionReferences().stream()
                                .filter(reference -> loads(reference.getBeanDefinitionName(), sealing))
                                .toList();
                    }
                    return references;
                }
            };
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getClass().getSimpleName() + ": " + message;
    }
}
