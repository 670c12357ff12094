package io.onboarding.kyc.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.sandbox.card.ResidentIdNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
            if (index.putIfAbsent(ResidentIdNumber.normalise(identity.idNumber()), identity) != null) {
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
            JsonNode root = new ObjectMapper().readTree(in);
            List<Identity> identities = new ArrayList<>();
            for (JsonNode node : root.path("identities")) {
                identities.add(new Identity(node.path("name").asText(), node.path("idNumber").asText(),
                        node.path("portraitSubject").asText()));
            }
            return of(identities);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static IdentityRegistry of(List<Identity> identities) {
        return new IdentityRegistry(identities);
    }

    /** Looks a number up; a trailing lowercase x finds the same person as X. */
    public Optional<Identity> byIdNumber(String idNumber) {
        return idNumber == null ? Optional.empty() : Optional.ofNullable(byIdNumber.get(ResidentIdNumber.normalise(idNumber)));
    }

    /** In registration order. */
    public List<Identity> all() {
        return all;
    }
}
