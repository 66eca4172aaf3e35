package app.kehu.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads a {@link RuleSet} as the JSON stored with each version. Nodes are told apart by their
 * properties (a group has a combinator) rather than by Java class names, and numbers are written as text, so
 * published versions stay readable exactly as they were whatever the code becomes.
 */
final class RuleSetJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RuleSetJson() {
    }

    static String write(RuleSet rules) {
        ObjectNode root = JSON.createObjectNode();
        writeNode(root.putObject("scoring"), rules.scoring());
        ArrayNode bands = root.putArray("bands");
        for (GradeBand band : rules.bands()) {
            bands.addObject().put("grade", band.grade()).put("minScore", text(band.minScore()))
                    .put("labelZh", band.labelZh()).put("labelEn", band.labelEn()).put("colour", band.colour());
        }
        ArrayNode overrides = root.putArray("overrides");
        for (GradeOverride override : rules.overrides()) {
            ObjectNode entry = overrides.addObject().put("grade", override.grade());
            writeNode(entry.putObject("when"), override.when());
        }
        return JSON.writeValueAsString(root);
    }

    static RuleSet read(String json) {
        JsonNode root = JSON.readTree(json);
        List<GradeBand> bands = new ArrayList<>();
        for (JsonNode band : root.path("bands")) {
            bands.add(new GradeBand(string(band, "grade"), number(band, "minScore"), string(band, "labelZh"),
                    string(band, "labelEn"), string(band, "colour")));
        }
        List<GradeOverride> overrides = new ArrayList<>();
        for (JsonNode override : root.path("overrides")) {
            overrides.add(new GradeOverride((RuleGroup) readNode(override.path("when")), string(override, "grade")));
        }
        return new RuleSet((RuleGroup) readNode(root.path("scoring")), bands, overrides);
    }

    private static void writeNode(ObjectNode target, RuleNode node) {
        switch (node) {
            case RuleGroup group -> {
                target.put("combinator", group.combinator().name()).put("points", text(group.points()));
                ArrayNode children = target.putArray("children");
                group.children().forEach(child -> writeNode(children.addObject(), child));
            }
            case RuleCondition condition -> {
                target.put("operand", condition.operand()).put("operator", condition.operator().name());
                ArrayNode values = target.putArray("values");
                condition.values().forEach(values::add);
                target.put("points", text(condition.points()));
            }
        }
    }

    private static RuleNode readNode(JsonNode node) {
        BigDecimal points = number(node, "points");
        if (node.has("combinator")) {
            List<RuleNode> children = new ArrayList<>();
            node.path("children").forEach(child -> children.add(readNode(child)));
            return new RuleGroup(RuleGroup.Combinator.valueOf(string(node, "combinator")), children, points);
        }
        List<String> values = new ArrayList<>();
        node.path("values").forEach(value -> values.add(value.asString()));
        return new RuleCondition(string(node, "operand"), Operator.valueOf(string(node, "operator")), values,
                points);
    }

    private static String text(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static String string(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static BigDecimal number(JsonNode node, String property) {
        String text = string(node, property);
        return text == null ? null : new BigDecimal(text);
    }
}
