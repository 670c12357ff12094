package io.onboarding.kyc.web.journey;

/**
 * The rule for free text a person types (a declared name, a reason): letters, marks, digits, punctuation,
 * symbols (emoji too) and spaces, nothing that changes how other text reads or that nobody can see. Refused:
 * control characters (Unicode Cc, which includes NUL, tab and line breaks: a reason is one line in the
 * timeline), format characters (Cf: bidirectional overrides such as U+202E, zero-width characters, the byte
 * order mark), unpaired surrogates (Cs), private-use (Co) and unassigned (Cn) code points, and the line and
 * paragraph separators (Zl, Zp).
 */
final class PrintableText {

    static final String RULE = "printable";
    static final String DESCRIPTION =
            "printable characters (no control, format, private-use or unassigned" + " characters, no line breaks)";

    private PrintableText() {}

    static boolean isPrintable(String text) {
        return text.codePoints().allMatch(PrintableText::isPrintable);
    }

    /** Characters, as a person counts them: a code point, so an emoji is one and not two. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isPrintable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
