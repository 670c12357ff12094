package io.onboarding.kyc.sandbox.card;

import io.onboarding.kyc.sandbox.Identity;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the corner code printed on a card says: the same truth as the file's metadata (side, every printed field,
 * the portrait's subject, the photo's defects), packed small enough that the code's modules stay a few pixels
 * wide on a card photographed at Tencent's minimum resolution.
 *
 * <p>Packing: fields a {@link SampleCards} card derives from its name, number and subject are left out when they
 * match; text is GB 18030 (two bytes a Chinese character, one a digit); an 18-character ID number that follows the
 * national format is a number, not text.
 */
record CardCode(SandboxCardSide side, MainlandIdCard card, Set<CardDefect> defects) {

    /** First byte of every code: not a digit or letter, so the QR encoder keeps byte mode, and marks the version. */
    private static final int MAGIC = 0xC1;

    private static final Charset TEXT = Charset.forName("GB18030");
    private static final String SUBJECT_PREFIX = "subject-";
    private static final Pattern PACKABLE_ID = Pattern.compile("[1-9][0-9]{16}[0-9X]");
    private static final String CHECK_CHARACTERS = "0123456789X";
    private static final int NULL_TEXT = 0xFF;
    private static final int DATE_BIAS = 1 << 22;

    private static final int BACK = 1;
    private static final int HAS_DEFECTS = 1 << 1;
    private static final int PACKED_ID = 1 << 2;
    private static final int SUBJECT_PREFIXED = 1 << 3;

    /** Each defect's bit in the code. Printed codes depend on it: append, never reorder. */
    private static final List<CardDefect> DEFECT_BITS = List.of(
            CardDefect.PHOTOCOPY,
            CardDefect.COLOUR_PHOTOCOPY,
            CardDefect.RESHOOT,
            CardDefect.PS_ALTERED,
            CardDefect.REFLECTIVE,
            CardDefect.BLURRY,
            CardDefect.SEVERE_BLUR,
            CardDefect.INCOMPLETE_BORDER,
            CardDefect.OCCLUDED,
            CardDefect.TEMPORARY,
            CardDefect.ELECTRONIC,
            CardDefect.WATERMARK,
            CardDefect.LOW_RESOLUTION,
            CardDefect.SMALL_IN_FRAME,
            CardDefect.MULTIPLE_CARDS);

    /** A field a sample card derives, and whether it is packed as a date or as text. */
    private record Derived(Function<MainlandIdCard, Object> read, boolean date) {}

    /** The fields a sample card derives, in card order; each gets a bit saying it is printed explicitly. */
    private static final List<Derived> DERIVED = List.of(
            new Derived(MainlandIdCard::sex, false),
            new Derived(MainlandIdCard::nation, false),
            new Derived(MainlandIdCard::birth, true),
            new Derived(MainlandIdCard::address, false),
            new Derived(MainlandIdCard::authority, false),
            new Derived(MainlandIdCard::validFrom, true),
            new Derived(MainlandIdCard::validUntil, true));

    CardCode {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(card, "card");
        defects = Set.copyOf(defects);
    }

    byte[] bytes() {
        Optional<MainlandIdCard> sample = sampleOf(card.name(), card.idNumber(), card.portraitSubject());
        boolean packedId =
                card.idNumber() != null && PACKABLE_ID.matcher(card.idNumber()).matches();
        boolean prefixed =
                card.portraitSubject() != null && card.portraitSubject().startsWith(SUBJECT_PREFIX);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(MAGIC);
        out.write((side == SandboxCardSide.BACK ? BACK : 0)
                | (defects.isEmpty() ? 0 : HAS_DEFECTS)
                | (packedId ? PACKED_ID : 0)
                | (prefixed ? SUBJECT_PREFIXED : 0));
        if (!defects.isEmpty()) {
            int bits = 0;
            for (CardDefect defect : defects) {
                bits |= 1 << bit(defect);
            }
            out.write(bits >>> 8);
            out.write(bits & 0xFF);
        }
        text(out, card.name());
        if (packedId) {
            out.writeBytes(ByteBuffer.allocate(Long.BYTES)
                    .putLong(Long.parseLong(card.idNumber().substring(0, 17)) * 11
                            + CHECK_CHARACTERS.indexOf(card.idNumber().charAt(17)))
                    .array());
        } else {
            text(out, card.idNumber());
        }
        text(out, prefixed ? card.portraitSubject().substring(SUBJECT_PREFIX.length()) : card.portraitSubject());
        int explicit = 0;
        for (int i = 0; i < DERIVED.size(); i++) {
            Function<MainlandIdCard, Object> read = DERIVED.get(i).read();
            if (sample.isEmpty() || !Objects.equals(read.apply(card), read.apply(sample.get()))) {
                explicit |= 1 << i;
            }
        }
        out.write(explicit);
        for (int i = 0; i < DERIVED.size(); i++) {
            if ((explicit & 1 << i) != 0) {
                Object value = DERIVED.get(i).read().apply(card);
                if (DERIVED.get(i).date()) {
                    date(out, (LocalDate) value);
                } else {
                    text(out, (String) value);
                }
            }
        }
        return out.toByteArray();
    }

    /** Empty for anything that is not a sandbox card code: another QR code, a damaged or newer one. */
    static Optional<CardCode> parse(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if ((in.get() & 0xFF) != MAGIC) {
                return Optional.empty();
            }
            int flags = in.get() & 0xFF;
            Set<CardDefect> defects = EnumSet.noneOf(CardDefect.class);
            if ((flags & HAS_DEFECTS) != 0) {
                int bits = (in.get() & 0xFF) << 8 | (in.get() & 0xFF);
                for (int bit = 0; bit < DEFECT_BITS.size(); bit++) {
                    if ((bits & 1 << bit) != 0) {
                        defects.add(DEFECT_BITS.get(bit));
                    }
                }
            }
            String name = text(in);
            String idNumber;
            if ((flags & PACKED_ID) != 0) {
                long packed = in.getLong();
                idNumber = String.format("%017d", packed / 11) + CHECK_CHARACTERS.charAt((int) (packed % 11));
            } else {
                idNumber = text(in);
            }
            String subject = text(in);
            if ((flags & SUBJECT_PREFIXED) != 0) {
                subject = SUBJECT_PREFIX + subject;
            }
            Object[] values = new Object[DERIVED.size()];
            Optional<MainlandIdCard> sample = sampleOf(name, idNumber, subject);
            int explicit = in.get() & 0xFF;
            for (int i = 0; i < DERIVED.size(); i++) {
                if ((explicit & 1 << i) != 0) {
                    values[i] = DERIVED.get(i).date() ? date(in) : text(in);
                } else {
                    values[i] = DERIVED.get(i).read().apply(sample.orElseThrow());
                }
            }
            if (in.hasRemaining()) {
                return Optional.empty();
            }
            MainlandIdCard card = new MainlandIdCard(
                    name,
                    (String) values[0],
                    (String) values[1],
                    (LocalDate) values[2],
                    (String) values[3],
                    idNumber,
                    (String) values[4],
                    (LocalDate) values[5],
                    (LocalDate) values[6],
                    subject);
            SandboxCardSide side = (flags & BACK) != 0 ? SandboxCardSide.BACK : SandboxCardSide.FRONT;
            return Optional.of(new CardCode(side, card, defects));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int bit(CardDefect defect) {
        int bit = DEFECT_BITS.indexOf(defect);
        if (bit < 0) {
            throw new IllegalStateException(defect + " has no bit in the printed code");
        }
        return bit;
    }

    private static Optional<MainlandIdCard> sampleOf(String name, String idNumber, String subject) {
        try {
            return Optional.of(SampleCards.of(new Identity(name, idNumber, subject)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void text(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write(NULL_TEXT);
            return;
        }
        byte[] encoded = value.getBytes(TEXT);
        if (encoded.length >= NULL_TEXT) {
            throw new IllegalArgumentException("a card field is too long to print in the code");
        }
        out.write(encoded.length);
        out.writeBytes(encoded);
    }

    private static String text(ByteBuffer in) {
        int length = in.get() & 0xFF;
        if (length == NULL_TEXT) {
            return null;
        }
        byte[] encoded = new byte[length];
        in.get(encoded);
        return new String(encoded, TEXT);
    }

    /** Three bytes: the epoch day, biased positive; zero for no date. */
    private static void date(ByteArrayOutputStream out, LocalDate value) {
        int biased = value == null ? 0 : Math.toIntExact(value.toEpochDay() + DATE_BIAS);
        out.write(biased >>> 16);
        out.write(biased >>> 8 & 0xFF);
        out.write(biased & 0xFF);
    }

    private static LocalDate date(ByteBuffer in) {
        int biased = (in.get() & 0xFF) << 16 | (in.get() & 0xFF) << 8 | (in.get() & 0xFF);
        return biased == 0 ? null : LocalDate.ofEpochDay(biased - (long) DATE_BIAS);
    }
}
