package io.onboarding.kyc.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads the files micronaut-openapi generated into the jar. */
final class ClasspathResource {

    private ClasspathResource() {}

    /** A file the build always writes: its absence is a broken build, not a request to refuse. */
    static byte[] read(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalStateException(name + " is missing from the classpath: was web-api built "
                        + "with micronaut-openapi's annotation processor?"));
    }

    static Optional<byte[]> find(String name) {
        try (InputStream in = ClasspathResource.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
