package io.onboarding.kyc.sandbox.card;

import javax.imageio.ImageIO;

/** Cards are drawn on servers and in CI: AWT must never try to reach a display. */
final class Headless {

    static {
        // An explicit -Djava.awt.headless choice wins; it has to be made before AWT initialises.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        ImageIO.setUseCache(false);
    }

    private Headless() {}

    /** Runs the static initialiser once; call it from the static initialiser of every class that touches AWT. */
    static void ensure() {
        // the work happens in the static block
    }
}
