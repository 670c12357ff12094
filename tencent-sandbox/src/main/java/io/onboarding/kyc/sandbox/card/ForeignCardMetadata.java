package io.onboarding.kyc.sandbox.card;

import static io.onboarding.kyc.sandbox.card.MetadataFields.date;
import static io.onboarding.kyc.sandbox.card.MetadataFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A non-mainland document's truth inside its image file, under its own keyword so that the mainland "OCR" never
 * mistakes it for a resident ID card.
 */
final class ForeignCardMetadata {

    static final String KEYWORD = "SandboxForeignCard";
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Content(SandboxCardSide side, ForeignCard card, Set<CardDefect> defects, List<CardPlacement> placements) {}

    private ForeignCardMetadata() {}

    static byte[] encode(
            SandboxCardSide side, ForeignCard card, Set<CardDefect> defects, List<CardPlacement> placements) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", VERSION);
        node.put("side", side.name());
        node.put("country", card.country().name());
        node.put("type", card.type().name());
        node.put("surname", card.surname());
        node.put("givenNames", card.givenNames());
        node.put("localName", card.localName());
        node.put("sex", card.sex());
        node.put("birth", text(card.birth()));
        node.put("documentNumber", card.documentNumber());
        node.put("issued", text(card.issued()));
        node.put("expires", text(card.expires()));
        node.put("address", card.address());
        node.put("portraitSubject", card.portraitSubject());
        ObjectNode extra = node.putObject("extra");
        card.extra().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> extra.put(entry.getKey(), entry.getValue()));
        ObjectNode scenario = node.putObject("scenario");
        scenario.put("processingPolls", card.scenario().processingPolls());
        scenario.put("verdict", card.scenario().verdict().name());
        ArrayNode warnings = scenario.putArray("warnInfo");
        card.scenario().warnInfo().forEach(warnings::add);
        MetadataFields.writeDefects(node, defects);
        MetadataFields.writePlacements(node, placements);
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise card metadata", e);
        }
    }

    static Optional<Content> decode(byte[] utf8Json) {
        try {
            JsonNode node = JSON.readTree(new String(utf8Json, StandardCharsets.UTF_8));
            if (node == null || !node.isObject() || node.path("v").asInt() != VERSION) {
                return Optional.empty();
            }
            Map<String, String> extra = new LinkedHashMap<>();
            node.path("extra")
                    .properties()
                    .forEach(entry -> extra.put(entry.getKey(), entry.getValue().asText()));
            JsonNode scenarioNode = node.path("scenario");
            List<String> warnInfo = new ArrayList<>();
            scenarioNode.path("warnInfo").forEach(warning -> warnInfo.add(warning.asText()));
            VerificationScenario scenario = new VerificationScenario(
                    scenarioNode.path("processingPolls").asInt(),
                    CardVerificationVerdict.valueOf(scenarioNode.path("verdict").asText()),
                    warnInfo);
            ForeignCard card = new ForeignCard(
                    IssuingCountry.valueOf(node.path("country").asText()),
                    ForeignDocumentType.valueOf(node.path("type").asText()),
                    node.path("surname").asText(),
                    node.path("givenNames").asText(),
                    node.path("localName").asText(),
                    node.path("sex").asText(),
                    date(node, "birth"),
                    node.path("documentNumber").asText(),
                    date(node, "issued"),
                    date(node, "expires"),
                    node.path("address").asText(),
                    node.path("portraitSubject").asText(),
                    extra,
                    scenario);
            return Optional.of(new Content(
                    SandboxCardSide.valueOf(node.path("side").asText()),
                    card,
                    MetadataFields.readDefects(node),
                    MetadataFields.readPlacements(node)));
        } catch (IOException | IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
