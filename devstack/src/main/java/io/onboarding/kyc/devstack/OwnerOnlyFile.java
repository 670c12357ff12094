package io.onboarding.kyc.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;

/** A file of secrets (keys, API keys) that only its owner may read. */
public final class OwnerOnlyFile {

    private OwnerOnlyFile() {}

    /**
     * Writes the lines beside {@code file} and moves them into place, so a crash never leaves half a file; the
     * file is 0600 from its creation, never readable by others for a moment.
     */
    public static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            try {
                Files.createFile(
                        partial,
                        PosixFilePermissions.asFileAttribute(
                                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(partial);
            } catch (FileAlreadyExistsException raced) {
                throw new IllegalStateException("another process is writing " + partial, raced);
            }
            Files.write(partial, lines);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
