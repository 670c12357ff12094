package io.onboarding.kyc.sandbox.cli;

import io.onboarding.kyc.sandbox.Identity;
import io.onboarding.kyc.sandbox.IdentityRegistry;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardFiles;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.CardVerificationVerdict;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignCardGenerator;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.PhoneCamera;
import io.onboarding.kyc.sandbox.card.SampleCards;
import io.onboarding.kyc.sandbox.card.SampleForeignCards;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import io.onboarding.kyc.sandbox.card.VerificationScenario;
import io.onboarding.kyc.sandbox.config.ConfigFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code bin/sandbox card …}: draws one synthetic card image with the library's generators and writes it to a
 * file, for a tester who wants to send it by hand (curl, an SDK, the engine's web API).
 */
public final class CardCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** The sandbox judges card validity by the Beijing date, so "expired" means before today there. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final long MEGABYTE = 1024L * 1024L;

    private final PrintStream out;
    private final PrintStream err;

    public CardCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** What to draw, as the options said. */
    record Request(
            String side,
            String identity,
            String name,
            String idNumber,
            String portraitOf,
            boolean expired,
            IssuingCountry nationality,
            ForeignDocumentType type,
            CardVerificationVerdict verdict,
            Integer polls,
            List<String> warnings,
            Set<CardDefect> defects,
            ImageEncoding format,
            Photo photo,
            PhoneCamera camera,
            String damage,
            Long oversizeMb,
            Path config,
            Path output) {}

    /** How the card is photographed: drawn flat, or as a phone saves it (with or without its EXIF orientation). */
    enum Photo {
        FLAT,
        PHONE,
        PHONE_WITHOUT_EXIF
    }

    /**
     * Runs the command.
     *
     * @return the process exit code
     */
    public int run(String[] args) {
        Request request;
        try {
            if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
                out.print(usage());
                return OK;
            }
            if (Arrays.asList(args).contains("--list-defects")) {
                Arrays.stream(CardDefect.values()).forEach(defect -> out.println(optionName(defect)));
                return OK;
            }
            request = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sandbox card: " + e.getMessage());
            err.println("Try bin/sandbox card --help");
            return USAGE;
        }
        try {
            byte[] image = draw(request);
            write(request.output(), image);
            err.println("sandbox card: wrote " + describe(request, image.length));
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("sandbox card: " + e.getMessage());
            return USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("sandbox card: cannot write " + request.output() + ": " + e.getMessage());
            return FAILED;
        }
    }

    static Request parse(String[] args) {
        String side = "front";
        String identity = null;
        String name = null;
        String idNumber = null;
        String portraitOf = null;
        boolean expired = false;
        IssuingCountry nationality = null;
        ForeignDocumentType type = null;
        CardVerificationVerdict verdict = null;
        Integer polls = null;
        List<String> warnings = new ArrayList<>();
        Set<CardDefect> defects = EnumSet.noneOf(CardDefect.class);
        ImageEncoding format = null;
        Photo photo = Photo.FLAT;
        PhoneCamera camera = PhoneCamera.MAIN_12_MP;
        String damage = null;
        Long oversizeMb = null;
        Path config = null;
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--front", "--back", "--both" -> side = option.substring(2);
                case "--side" -> side = value(args, ++i, option).toLowerCase(Locale.ROOT);
                case "--identity" -> identity = value(args, ++i, option);
                case "--name" -> name = value(args, ++i, option);
                case "--id-number" -> idNumber = value(args, ++i, option);
                case "--portrait-of" -> portraitOf = value(args, ++i, option);
                case "--expired" -> expired = true;
                case "--nationality" -> nationality = constant(IssuingCountry.class, value(args, ++i, option), option);
                case "--type" -> type = constant(ForeignDocumentType.class, value(args, ++i, option), option);
                case "--verdict" -> verdict = constant(CardVerificationVerdict.class, value(args, ++i, option), option);
                case "--polls" -> polls = nonNegative(value(args, ++i, option), option);
                case "--warn" -> warnings.add(value(args, ++i, option));
                case "--defect", "--defects" -> {
                    // Limit 0 on purpose: a trailing comma is tolerated (trailing empty parts are dropped), as before.
                    for (String each : value(args, ++i, option).split(",", 0)) {
                        defects.add(defect(each));
                    }
                }
                case "--format" -> format = format(value(args, ++i, option));
                case "--phone-photo" -> photo = photo == Photo.PHONE_WITHOUT_EXIF ? photo : Photo.PHONE;
                case "--no-exif" -> photo = Photo.PHONE_WITHOUT_EXIF;
                case "--megapixels" -> camera = camera(value(args, ++i, option));
                case "--corrupt", "--truncate" -> damage = option.substring(2);
                case "--oversize" -> oversizeMb = (long) nonNegative(value(args, ++i, option), option);
                case "--config" -> config = Path.of(value(args, ++i, option));
                case "--out", "-o" -> output = Path.of(value(args, ++i, option));
                default -> {
                    if (option.startsWith("--") && isDefect(option.substring(2))) {
                        defects.add(defect(option.substring(2))); // --photocopy as a shorthand for --defect photocopy
                    } else {
                        throw new IllegalArgumentException("unknown option " + option);
                    }
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--out FILE is required (- writes to standard output)");
        }
        if (!Set.of("front", "back", "both").contains(side)) {
            throw new IllegalArgumentException("the side is front, back or both");
        }
        boolean foreign = nationality != null || type != null;
        if (foreign && nationality == null) {
            throw new IllegalArgumentException("a foreign card needs --nationality");
        }
        if (foreign && (identity != null || idNumber != null || name != null)) {
            throw new IllegalArgumentException("--identity, --name and --id-number describe mainland cards; a foreign "
                    + "card is the sample holder of its nationality");
        }
        if (!foreign && (verdict != null || polls != null || !warnings.isEmpty())) {
            throw new IllegalArgumentException("--verdict, --polls and --warn apply to foreign cards (--nationality)");
        }
        if (foreign && side.equals("both")) {
            throw new IllegalArgumentException("--both draws a mainland card's two sides on one page");
        }
        if (photo != Photo.FLAT && (foreign || side.equals("both"))) {
            throw new IllegalArgumentException("--phone-photo draws one side of a mainland card");
        }
        if (format == null) {
            String file = output.getFileName() == null
                    ? ""
                    : output.getFileName().toString().toLowerCase(Locale.ROOT);
            format = file.endsWith(".jpg") || file.endsWith(".jpeg") ? ImageEncoding.JPEG : ImageEncoding.PNG;
        }
        return new Request(
                side,
                identity,
                name,
                idNumber,
                portraitOf,
                expired,
                nationality,
                foreign && type == null ? ForeignDocumentType.ID_CARD : type,
                verdict,
                polls,
                List.copyOf(warnings),
                defects,
                format,
                photo,
                camera,
                damage,
                oversizeMb,
                config,
                output);
    }

    static byte[] draw(Request request) {
        IdentityRegistry registry = request.config() == null
                ? IdentityRegistry.defaults()
                : ConfigFile.read(request.config()).registry();
        byte[] image = request.nationality() != null ? foreign(request, registry) : mainland(request, registry);
        if (request.damage() != null) {
            image = request.damage().equals("corrupt") ? CardFiles.corrupted(image) : CardFiles.truncated(image);
        }
        if (request.oversizeMb() != null) {
            image = CardFiles.padded(image, request.oversizeMb() * MEGABYTE);
        }
        return image;
    }

    private static byte[] mainland(Request request, IdentityRegistry registry) {
        Identity identity = request.identity() == null
                ? registry.all().get(0)
                : registry.byIdNumber(request.identity())
                        .orElseThrow(
                                () -> new IllegalArgumentException(
                                        "no identity with that ID number is registered; --name and --id-number print any values"));
        MainlandIdCard sample = SampleCards.of(identity);
        LocalDate validFrom = sample.validFrom();
        LocalDate validUntil = sample.validUntil();
        if (request.expired()) {
            validUntil = LocalDate.now(BEIJING).minusDays(1);
            validFrom = validUntil.minusYears(10);
        }
        MainlandIdCard card = new MainlandIdCard(
                request.name() == null ? sample.name() : request.name(),
                sample.sex(),
                sample.nation(),
                sample.birth(),
                sample.address(),
                request.idNumber() == null ? sample.idNumber() : request.idNumber(),
                sample.authority(),
                validFrom,
                validUntil,
                portrait(request, registry, sample.portraitSubject()));
        CardDefect[] defects = request.defects().toArray(CardDefect[]::new);
        if (request.photo() != Photo.FLAT) {
            SandboxCardSide side = request.side().equals("back") ? SandboxCardSide.BACK : SandboxCardSide.FRONT;
            return CardGenerator.phonePhoto(
                    card, side, request.format(), request.camera(), request.defects(), request.photo() == Photo.PHONE);
        }
        return switch (request.side()) {
            case "back" -> CardGenerator.back(card, request.format(), defects);
            case "both" -> CardGenerator.bothSides(card, request.format(), defects);
            default -> CardGenerator.front(card, request.format(), defects);
        };
    }

    private static byte[] foreign(Request request, IdentityRegistry registry) {
        ForeignCard card = SampleForeignCards.of(request.nationality(), request.type());
        if (request.expired()) {
            LocalDate expires = LocalDate.now(BEIJING).minusDays(1);
            card = new ForeignCard(
                    card.country(),
                    card.type(),
                    card.surname(),
                    card.givenNames(),
                    card.localName(),
                    card.sex(),
                    card.birth(),
                    card.documentNumber(),
                    expires.minusYears(5),
                    expires,
                    card.address(),
                    card.portraitSubject(),
                    card.extra(),
                    card.scenario());
        }
        card = card.withPortraitSubject(portrait(request, registry, card.portraitSubject()));
        VerificationScenario scenario =
                request.verdict() == null && request.warnings().isEmpty()
                        ? VerificationScenario.forDefects(request.defects())
                        : new VerificationScenario(
                                VerificationScenario.DEFAULT_PROCESSING_POLLS,
                                request.verdict() == null ? CardVerificationVerdict.WARNING : request.verdict(),
                                request.warnings());
        if (request.polls() != null) {
            scenario = scenario.withProcessingPolls(request.polls());
        }
        card = card.withScenario(scenario);
        CardDefect[] defects = request.defects().toArray(CardDefect[]::new);
        return request.side().equals("back")
                ? ForeignCardGenerator.back(card, request.format(), defects)
                : ForeignCardGenerator.front(card, request.format(), defects);
    }

    /** Another person's face: a registered identity's (by ID number) or any portrait subject named outright. */
    private static String portrait(Request request, IdentityRegistry registry, String own) {
        if (request.portraitOf() == null) {
            return own;
        }
        return registry.byIdNumber(request.portraitOf())
                .map(Identity::portraitSubject)
                .orElse(request.portraitOf());
    }

    private void write(Path output, byte[] image) throws IOException {
        if (output.toString().equals("-")) {
            OutputStream stdout = out;
            stdout.write(image);
            stdout.flush();
        } else {
            Files.write(output, image);
        }
    }

    /** What was drawn, without the holder's name or number: they are synthetic, but stay out of logs all the same. */
    private static String describe(Request request, int bytes) {
        String what = request.nationality() == null
                ? "mainland ID card, " + request.side()
                : request.nationality() + " " + request.type() + ", " + request.side();
        String defects = request.defects().isEmpty()
                ? ""
                : ", defects "
                        + request.defects().stream().map(CardDefect::name).collect(Collectors.joining(","));
        String damage = request.damage() == null ? "" : ", " + request.damage();
        String photo = switch (request.photo()) {
            case FLAT -> "";
            case PHONE -> ", phone photo";
            case PHONE_WITHOUT_EXIF -> ", phone photo without EXIF";
        };
        return request.output() + " (" + what + defects + damage + photo + ", " + request.format() + ", " + bytes
                + " bytes)";
    }

    private static PhoneCamera camera(String megapixels) {
        return switch (megapixels) {
            case "12" -> PhoneCamera.MAIN_12_MP;
            case "48" -> PhoneCamera.FULL_48_MP;
            default -> throw new IllegalArgumentException("--megapixels is 12 or 48");
        };
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int nonNegative(String text, String option) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a whole number, 0 or more");
    }

    private static ImageEncoding format(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "png" -> ImageEncoding.PNG;
            case "jpeg", "jpg" -> ImageEncoding.JPEG;
            default -> throw new IllegalArgumentException("--format is png or jpeg");
        };
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String option) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(option + " is one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static boolean isDefect(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(CardDefect.values())
                .anyMatch(defect -> defect.name().equals(wanted));
    }

    private static CardDefect defect(String text) {
        if (!isDefect(text)) {
            throw new IllegalArgumentException("unknown defect " + text + "; --list-defects lists them");
        }
        return CardDefect.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static String optionName(CardDefect defect) {
        return defect.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String usage() {
        String defects =
                Arrays.stream(CardDefect.values()).map(CardCommand::optionName).collect(Collectors.joining(", "));
        String countries =
                Arrays.stream(IssuingCountry.values()).map(Enum::name).collect(Collectors.joining(" "));
        return """
                usage: bin/sandbox card [options] --out FILE

                Draws a synthetic ID card image the sandbox can read. FILE's extension picks PNG or JPEG
                (--format overrides); --out - writes the image to standard output.

                Mainland resident ID card (the default):
                  --front | --back | --both   the portrait side (default), the emblem side, or both on one page
                  --identity ID_NUMBER        a registered identity (default: the first in the registry)
                  --config FILE               take the registry from this sandbox configuration file
                  --name NAME                 print another name than the registry's
                  --id-number NUMBER          print another ID number (its check character is not fixed)
                  --expired                   a validity period that ended yesterday
                  --phone-photo               as a phone saves it: 4032 x 3024, on its side with an EXIF
                                              orientation, no sandbox metadata (read from the printed code)
                  --no-exif                   a phone photo whose EXIF was dropped: the card stays on its side
                  --megapixels 12|48          the phone's camera: 4032 x 3024 (default) or 8064 x 6048

                Non-mainland document (ApplyCardVerification):
                  --nationality CODE          %s
                  --type TYPE                 ID_CARD (default), PASSPORT, DRIVING_LICENSE
                  --front | --back            the photo side (default) or the reverse
                  --verdict VERDICT           PASSED, WARNING or REJECTED (default: from the defects, else PASSED)
                  --polls N                   polls that answer PROCESSING before the verdict
                  --warn NAME                 a WarnInfo entry to report (repeatable)
                  --expired                   a document that expired yesterday

                Either:
                  --portrait-of ID|SUBJECT    another person's portrait (an identity's ID number or a subject name)
                  --defect NAME[,NAME…]       repeatable; also as --NAME, e.g. --photocopy. One of:
                                              %s
                  --corrupt                   overwrite the pixel data (the file no longer decodes)
                  --truncate                  cut the file off partway
                  --oversize MB               pad the file to at least MB megabytes (still a valid image)
                  --list-defects              print the defect names and exit
                """.formatted(countries, defects);
    }
}
