package io.onboarding.kyc.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A checker installed by one of the project's scripts (bin/hadolint, bin/compose-check, bin/kubernetes-validate).
 * The build never installs one: it asks the script where the tool is with KYC_TOOLS_OFFLINE=1, and a tool that is
 * not there fails the check with the script's message, never skips it.
 */
record Tool(String script, Path executable) {

    record Result(int exitCode, String output) {}

    static Tool installedBy(String script) {
        Result where =
                exec(List.of(Repository.ROOT.resolve("bin").resolve(script).toString()));
        if (where.exitCode() != 0) {
            fail(
                    "%s is not installed: run bin/%s once (it installs or builds the pinned version; CI's .ci/run does).%n%s",
                    script, script, where.output().strip());
        }
        List<String> lines = where.output().strip().lines().toList();
        return new Tool(script, Path.of(lines.get(lines.size() - 1).strip()));
    }

    Result run(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        return exec(command);
    }

    private static Result exec(List<String> command) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(Repository.ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("KYC_TOOLS_OFFLINE", "1");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("%s did not finish within 2 minutes", command);
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
