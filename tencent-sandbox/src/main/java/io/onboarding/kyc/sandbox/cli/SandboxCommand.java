package io.onboarding.kyc.sandbox.cli;

import io.onboarding.kyc.sandbox.TencentSandbox;
import java.util.Arrays;

/**
 * The entry point of {@code bin/sandbox}: runs the sandbox in the foreground, or with {@code card} as the first
 * argument, the card generator.
 */
public final class SandboxCommand {

    private SandboxCommand() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("card")) {
            System.exit(new CardCommand(System.out, System.err).run(Arrays.copyOfRange(args, 1, args.length)));
        } else if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            System.out.println("""
                    usage: bin/sandbox [--config FILE]     run the Tencent eKYC sandbox until Ctrl-C
                           bin/sandbox card --help         draw a synthetic ID card image

                    Host and port: -Dsandbox.host / -Dsandbox.port (JAVA_OPTS), or SANDBOX_HOST / SANDBOX_PORT,
                    override the configuration file. See docs/sandbox.md.""");
        } else {
            TencentSandbox.main(args);
        }
    }
}
