package io.onboarding.kyc.sandbox.card;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's OCR: finds the card a {@link CardGenerator} image shows. It reads the file's metadata when the
 * file still has it (fast and exact), and otherwise the corner code printed on the card, from the pixels (ADR
 * 0005). A card whose code cannot be read, or that lies on its side, upside down or mirrored, shows no card: the
 * vendor's OCR reads upright cards.
 */
public final class CardReader {

    private CardReader() {}

    public static Optional<CardImage> read(byte[] image) {
        return ImageProbe.probe(image)
                .flatMap(probed -> fromMetadata(image, probed).or(() -> fromPixels(image, probed)));
    }

    private static Optional<CardImage> fromMetadata(byte[] image, ImageProbe.Probed probed) {
        return metadata(image, probed.format())
                .flatMap(CardMetadata::decode)
                .map(content -> new CardImage(
                        content.side(),
                        content.card(),
                        probed.width(),
                        probed.height(),
                        probed.format(),
                        content.defects(),
                        content.placements().isEmpty()
                                ? List.of(CardPlacement.whole(content.side(), probed.width(), probed.height()))
                                : content.placements()));
    }

    private static Optional<CardImage> fromPixels(byte[] image, ImageProbe.Probed probed) {
        BufferedImage pixels = ImageCodec.decode(image);
        if (pixels == null) {
            return Optional.empty();
        }
        List<CodeScanner.Sighting> seen = CodeScanner.scan(pixels);
        if (seen.isEmpty() || !seen.stream().allMatch(CodeScanner.Sighting::upright)) {
            return Optional.empty();
        }
        CardCode primary = seen.get(0).code();
        return Optional.of(new CardImage(
                primary.side(),
                primary.card(),
                probed.width(),
                probed.height(),
                probed.format(),
                primary.defects(),
                seen.stream().map(CodeScanner.Sighting::placement).toList()));
    }

    private static Optional<byte[]> metadata(byte[] image, String format) {
        return switch (format) {
            case "PNG" -> PngText.find(image, CardMetadata.KEYWORD);
            case "JPEG" -> JpegComment.find(image, CardMetadata.KEYWORD);
            default -> Optional.empty();
        };
    }
}
