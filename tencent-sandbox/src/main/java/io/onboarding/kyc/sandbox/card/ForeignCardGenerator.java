package io.onboarding.kyc.sandbox.card;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Draws non-mainland identity documents (ID cards, passport data pages, driving licences) by issuer, with the
 * same photo defects as mainland cards. The document, its verification scenario and the defects travel in the
 * file's metadata.
 */
public final class ForeignCardGenerator {

    private ForeignCardGenerator() {}

    /** The side with the photo: a card's front, a passport's data page. */
    public static byte[] front(ForeignCard card, ImageEncoding format, CardDefect... defects) {
        return photographed(card, format, SandboxCardSide.FRONT, defectSet(defects));
    }

    /**
     * The reverse of a card or licence.
     *
     * @throws IllegalArgumentException for a passport, whose data page is all there is to verify
     */
    public static byte[] back(ForeignCard card, ImageEncoding format, CardDefect... defects) {
        if (card.type() == ForeignDocumentType.PASSPORT) {
            throw new IllegalArgumentException("a passport has no back side to photograph");
        }
        return photographed(card, format, SandboxCardSide.BACK, defectSet(defects));
    }

    private static byte[] photographed(
            ForeignCard card, ImageEncoding format, SandboxCardSide side, Set<CardDefect> defects) {
        BufferedImage printed =
                side == SandboxCardSide.FRONT ? ForeignCardPainter.front(card) : ForeignCardPainter.back(card);
        List<CardSurface.Retype> retypes = side == SandboxCardSide.FRONT
                ? List.of(
                        retyped(ForeignCardPainter.NAME_FIELD, card.fullName()),
                        retyped(ForeignCardPainter.NUMBER_FIELD, card.documentNumber()))
                : List.of();
        CardSurface.apply(printed, defects, retypes, new CardSurface.TemporaryMarks("TEMPORARY DOCUMENT", 0));
        CardPhoto.Photo photo = CardPhoto.take(
                List.of(new CardPhoto.Printed(side, printed)),
                defects,
                Objects.hash(card.documentNumber(), card.portraitSubject()));
        byte[] image = ImageCodec.encode(photo.pixels(), format);
        byte[] metadata = ForeignCardMetadata.encode(side, card, defects, photo.placements());
        return switch (format) {
            case PNG -> PngText.withText(image, ForeignCardMetadata.KEYWORD, metadata);
            case JPEG -> JpegComment.withComment(image, ForeignCardMetadata.KEYWORD, metadata);
        };
    }

    private static CardSurface.Retype retyped(CardSurface.Retype field, String text) {
        return new CardSurface.Retype(
                field.x(), field.y(), field.width(), field.height(), text, field.textX(), field.textY());
    }

    private static Set<CardDefect> defectSet(CardDefect... defects) {
        Set<CardDefect> set = EnumSet.noneOf(CardDefect.class);
        for (CardDefect defect : defects) {
            set.add(Objects.requireNonNull(defect, "defect"));
        }
        return set;
    }
}
