package app.kehu.bench;

import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import app.kehu.fields.NewField;
import app.kehu.fields.Section;
import app.kehu.fields.SelectOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The benchmark tenant's 20 custom fields, added through {@link FieldService} like an admin would (so they
 * get the application's own columns and indexes), and the SQL expressions that fill them for row {@code g}.
 */
final class BenchmarkFields {

    static final String LEVEL = "level";
    static final String CONTRACT = "contract_amount";
    static final int LEVELS = 10;

    private BenchmarkFields() {
    }

    /** Adds the fields that are missing and returns field key → the expression filling its column. */
    static Map<FieldDefinition, String> ensure(FieldService fields) {
        List<SelectOption> levels = IntStream.range(0, LEVELS)
                .mapToObj(i -> new SelectOption("L" + i, "等级" + i, "Level " + i, null)).toList();
        List<Spec> specs = new ArrayList<>();
        specs.add(new Spec(LEVEL, FieldType.SINGLE_SELECT, true, levels, "'L' || (g % " + LEVELS + ")"));
        specs.add(new Spec(CONTRACT, FieldType.MONEY, true, List.of(), "((g * 7919) % 1000000) / 100.0"));
        for (int i = 1; i <= 6; i++) {
            specs.add(new Spec("note_" + i, FieldType.TEXT, false, List.of(), "'备注' || ((g + " + i + ") % 997)"));
        }
        for (int i = 1; i <= 4; i++) {
            specs.add(new Spec("score_" + i, FieldType.INTEGER, i == 1, List.of(), "(g * " + (31 + i) + ") % 1000"));
        }
        for (int i = 1; i <= 3; i++) {
            specs.add(new Spec("day_" + i, FieldType.DATE, i == 1, List.of(),
                    "date '2020-01-01' + ((g * " + (13 + i) + ") % 2000)::int"));
        }
        for (int i = 1; i <= 2; i++) {
            specs.add(new Spec("rate_" + i, FieldType.PERCENT, false, List.of(), "((g * " + (17 + i) + ") % 10000) / 100.0"));
        }
        for (int i = 1; i <= 2; i++) {
            specs.add(new Spec("flag_" + i, FieldType.BOOLEAN, false, List.of(), "(g % " + (2 + i) + ") = 0"));
        }
        specs.add(new Spec("channel_tags", FieldType.MULTI_SELECT, false, levels.subList(0, 3),
                "ARRAY['L' || (g % 3)]"));
        Map<String, FieldDefinition> existing = fields.fields(false).stream()
                .collect(Collectors.toMap(FieldDefinition::key, f -> f));
        Map<FieldDefinition, String> columns = new LinkedHashMap<>();
        for (Spec spec : specs) {
            FieldDefinition field = existing.get(spec.key());
            if (field == null) {
                field = fields.addField(new NewField(spec.key(), spec.type(), FieldSettings.of(spec.key(), spec.key(),
                        Section.VALUE).withOptions(spec.options()).withFilterable(spec.filterable())));
            }
            columns.put(field, spec.fill());
        }
        return columns;
    }

    private record Spec(String key, FieldType type, boolean filterable, List<SelectOption> options, String fill) {
    }
}
