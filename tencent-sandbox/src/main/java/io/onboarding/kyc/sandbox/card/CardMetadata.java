package io.onboarding.kyc.sandbox.card;

import static io.onboarding.kyc.sandbox.card.MetadataFields.date;
import static io.onboarding.kyc.sandbox.card.MetadataFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The card's truth as it travels inside the image file: a small JSON document. Real OCR reads pixels;
 * the sandbox reads this instead, so recognition is exact and costs nothing.
 */
final class CardMetadata {

    /** PNG text-chunk keyword and JPEG comment prefix that mark the sandbox's document. */
    static final String KEYWORD = "SandboxIdCard";

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CardMetadata() {}

    /** @param placements empty for documents written before placements were recorded: the card fills the image */
    record Content(
            SandboxCardSide side, MainlandIdCard card, Set<CardDefect> defects, List<CardPlacement> placements) {}

    static byte[] encode(SandboxCardSide side, MainlandIdCard card) {
        return encode(side, card, Set.of(), List.of());
    }

    /** Defects and placements are written only when there are any, so a clean card's document is unchanged. */
    static byte[] encode(
            SandboxCardSide side, MainlandIdCard card, Set<CardDefect> defects, List<CardPlacement> placements) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", VERSION);
        node.put("side", side.name());
        node.put("name", card.name());
        node.put("sex", card.sex());
        node.put("nation", card.nation());
        node.put("birth", text(card.birth()));
        node.put("address", card.address());
        node.put("idNumber", card.idNumber());
        node.put("authority", card.authority());
        node.put("validFrom", text(card.validFrom()));
        node.put("validUntil", text(card.validUntil()));
        node.put("portraitSubject", card.portraitSubject());
        if (!defects.isEmpty()) {
            MetadataFields.writeDefects(node, defects);
        }
        if (!placements.isEmpty()) {
            MetadataFields.writePlacements(node, placements);
        }
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise card metadata", e);
        }
    }

    /** Empty when the bytes are not a sandbox card document (a foreign comment, a newer version, junk). */
    static Optional<Content> decode(byte[] utf8Json) {
        try {
            JsonNode node = JSON.readTree(new String(utf8Json, StandardCharsets.UTF_8));
            if (node == null || !node.isObject() || node.path("v").asInt() != VERSION) {
                return Optional.empty();
            }
            SandboxCardSide side = SandboxCardSide.valueOf(node.path("side").asText());
            MainlandIdCard card = new MainlandIdCard(
                    string(node, "name"),
                    string(node, "sex"),
                    string(node, "nation"),
                    date(node, "birth"),
                    string(node, "address"),
                    string(node, "idNumber"),
                    string(node, "authority"),
                    date(node, "validFrom"),
                    date(node, "validUntil"),
                    string(node, "portraitSubject"));
            return Optional.of(
                    new Content(side, card, MetadataFields.readDefects(node), MetadataFields.readPlacements(node)));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
