package io.onboarding.kyc.sandbox.card;

import java.util.List;
import java.util.Optional;

/**
 * The sandbox's OCR: finds the card document a {@link CardGenerator} image carries. Any other image, or one
 * whose metadata was stripped by re-encoding, shows no card.
 */
public final class CardReader {

    private CardReader() {}

    public static Optional<CardImage> read(byte[] image) {
        return ImageProbe.probe(image)
                .flatMap(probed -> metadata(image, probed.format())
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
                                        : content.placements())));
    }

    private static Optional<byte[]> metadata(byte[] image, String format) {
        return switch (format) {
            case "PNG" -> PngText.find(image, CardMetadata.KEYWORD);
            case "JPEG" -> JpegComment.find(image, CardMetadata.KEYWORD);
            default -> Optional.empty();
        };
    }
}
