package io.onboarding.kyc.sandbox.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The fields mainland and foreign card metadata share: defects, where each side lies on the page, dates. */
final class MetadataFields {

    private MetadataFields() {}

    static void writeDefects(ObjectNode node, Set<CardDefect> defects) {
        ArrayNode written = node.putArray("defects");
        defects.stream().sorted().forEach(defect -> written.add(defect.name()));
    }

    static void writePlacements(ObjectNode node, List<CardPlacement> placements) {
        ArrayNode written = node.putArray("placements");
        for (CardPlacement placement : placements) {
            written.addObject()
                    .put("side", placement.side().name())
                    .put("x", placement.x())
                    .put("y", placement.y())
                    .put("w", placement.width())
                    .put("h", placement.height());
        }
    }

    static Set<CardDefect> readDefects(JsonNode node) {
        Set<CardDefect> defects = EnumSet.noneOf(CardDefect.class);
        node.path("defects").forEach(defect -> defects.add(CardDefect.valueOf(defect.asText())));
        return defects;
    }

    static List<CardPlacement> readPlacements(JsonNode node) {
        List<CardPlacement> placements = new ArrayList<>();
        for (JsonNode placement : node.path("placements")) {
            placements.add(new CardPlacement(
                    SandboxCardSide.valueOf(placement.path("side").asText()),
                    placement.path("x").asInt(),
                    placement.path("y").asInt(),
                    placement.path("w").asInt(),
                    placement.path("h").asInt()));
        }
        return placements;
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
