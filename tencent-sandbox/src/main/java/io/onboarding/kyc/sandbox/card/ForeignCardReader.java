package io.onboarding.kyc.sandbox.card;

import java.util.List;
import java.util.Optional;

/** The sandbox's OCR for non-mainland documents: finds the document a {@link ForeignCardGenerator} image carries. */
public final class ForeignCardReader {

    private ForeignCardReader() {}

    public static Optional<ForeignCardImage> read(byte[] image) {
        return ImageProbe.probe(image)
                .flatMap(probed -> metadata(image, probed.format())
                        .flatMap(ForeignCardMetadata::decode)
                        .map(content -> new ForeignCardImage(
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
            case "PNG" -> PngText.find(image, ForeignCardMetadata.KEYWORD);
            case "JPEG" -> JpegComment.find(image, ForeignCardMetadata.KEYWORD);
            default -> Optional.empty();
        };
    }
}
