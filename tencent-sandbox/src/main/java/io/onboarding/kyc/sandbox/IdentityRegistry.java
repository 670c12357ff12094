package io.onboarding.kyc.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.sandbox.card.IdNumberRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The sandbox's stand-in for the national identity database, keyed by ID number. */
public final class IdentityRegistry {

    /** Shipped with the module; every entry is fictitious. */
    static final String DEFAULT_RESOURCE = "/io/onboarding/kyc/sandbox/identities.json";

    private final Map<String, Identity> byIdNumber;
    private final List<Identity> all;

    private IdentityRegistry(List<Identity> identities) {
        Map<String, Identity> index = new LinkedHashMap<>();
        for (Identity identity : identities) {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(identity.idNumber(), "idNumber");
            if (index.putIfAbsent(IdNumberRules.normalise(identity.idNumber()), identity) != null) {
                throw new IllegalArgumentException("an ID number is registered twice");
            }
        }
        this.byIdNumber = Map.copyOf(index);
        this.all = List.copyOf(index.values());
    }

    public static IdentityRegistry defaults() {
        try (InputStream in = IdentityRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return fromJson(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** A file like the shipped one: {@code {"identities": [{name, idNumber, portraitSubject}, …]}}, or the bare array. */
    public static IdentityRegistry read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the identities file " + file, e);
        }
    }

    /**
     * Reads a registry from an array of identities, or from an object holding one under {@code identities}.
     *
     * @throws IllegalArgumentException when an entry lacks a name, ID number or portrait subject
     */
    public static IdentityRegistry fromJson(JsonNode root) {
        JsonNode entries = root != null && root.isArray() ? root : root == null ? null : root.get("identities");
        if (entries == null || !entries.isArray()) {
            throw new IllegalArgumentException("identities must be an array of {name, idNumber, portraitSubject}");
        }
        List<Identity> identities = new ArrayList<>();
        for (JsonNode node : entries) {
            String name = node.path("name").asText("");
            String idNumber = node.path("idNumber").asText("");
            String portraitSubject = node.path("portraitSubject").asText("");
            if (name.isBlank() || idNumber.isBlank() || portraitSubject.isBlank()) {
                throw new IllegalArgumentException(
                        "identity #" + (identities.size() + 1) + " needs a name, an idNumber and a portraitSubject");
            }
            identities.add(new Identity(name, idNumber, portraitSubject));
        }
        return of(identities);
    }

    public static IdentityRegistry of(List<Identity> identities) {
        return new IdentityRegistry(identities);
    }

    /** Looks a number up; a trailing lowercase x finds the same person as X. */
    public Optional<Identity> byIdNumber(String idNumber) {
        return idNumber == null
                ? Optional.empty()
                : Optional.ofNullable(byIdNumber.get(IdNumberRules.normalise(idNumber)));
    }

    /** In registration order. */
    public List<Identity> all() {
        return all;
    }
}
