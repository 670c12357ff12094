package io.onboarding.kyc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.sandbox.Identity;
import io.onboarding.kyc.sandbox.IdentityRegistry;
import io.onboarding.kyc.sandbox.card.DistinctIdentities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The run's distinct identities, from the sandbox's generator: each journey of the run gets one of its own, so the
 * authority's daily limit (ten verifications per ID number a day) never stalls a run. Scenarios take them in turn.
 * The sandbox's authority must know them: {@link #write} writes its registry file.
 */
final class IdentityPool {

    private final List<Identity> identities;
    private int next;

    IdentityPool(int size, long seed) {
        this.identities = DistinctIdentities.generate(
                size,
                seed,
                IdentityRegistry.defaults().all().stream()
                        .map(Identity::idNumber)
                        .collect(Collectors.toSet()));
    }

    /** The next {@code count} identities, none handed out before in this run. */
    synchronized List<Identity> take(int count) {
        if (next + count > identities.size()) {
            throw new IllegalStateException("the run drew " + identities.size() + " identities and has "
                    + (identities.size() - next) + " left");
        }
        List<Identity> taken = identities.subList(next, next + count);
        next += count;
        return List.copyOf(taken);
    }

    /** The sandbox's registry file ({@code identities} in its configuration): names and numbers, so kept local. */
    Path write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().writeValue(file.toFile(), Map.of("identities", identities));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
