package io.onboarding.kyc.sandbox.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
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

    private CardMetadata() {
    }

    /** @param placements empty for documents written before placements were recorded: the card fills the image */
    record Content(CardSide side, MainlandIdCard card, Set<CardDefect> defects, List<CardPlacement> placements) {
    }

    static byte[] encode(CardSide side, MainlandIdCard card) {
        return encode(side, card, Set.of(), List.of());
    }

    /** Defects and placements are written only when there are any, so a clean card's document is unchanged. */
    static byte[] encode(CardSide side, MainlandIdCard card, Set<CardDefect> defects, List<CardPlacement> placements) {
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
            ArrayNode written = node.putArray("defects");
            defects.stream().sorted().forEach(defect -> written.add(defect.name()));
        }
        if (!placements.isEmpty()) {
            ArrayNode written = node.putArray("placements");
            for (CardPlacement placement : placements) {
                written.addObject().put("side", placement.side().name())
                        .put("x", placement.x()).put("y", placement.y())
                        .put("w", placement.width()).put("h", placement.height());
            }
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
            CardSide side = CardSide.valueOf(node.path("side").asText());
            MainlandIdCard card = new MainlandIdCard(
                    string(node, "name"), string(node, "sex"), string(node, "nation"), date(node, "birth"),
                    string(node, "address"), string(node, "idNumber"), string(node, "authority"),
                    date(node, "validFrom"), date(node, "validUntil"), string(node, "portraitSubject"));
            return Optional.of(new Content(side, card, defects(node), placements(node)));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Set<CardDefect> defects(JsonNode node) {
        Set<CardDefect> defects = EnumSet.noneOf(CardDefect.class);
        for (JsonNode defect : node.path("defects")) {
            defects.add(CardDefect.valueOf(defect.asText()));
        }
        return defects;
    }

    private static List<CardPlacement> placements(JsonNode node) {
        List<CardPlacement> placements = new ArrayList<>();
        for (JsonNode placement : node.path("placements")) {
            placements.add(new CardPlacement(CardSide.valueOf(placement.path("side").asText()),
                    placement.path("x").asInt(), placement.path("y").asInt(),
                    placement.path("w").asInt(), placement.path("h").asInt()));
        }
        return placements;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = string(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
