package app.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRegistry;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSet;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import app.kehu.fields.NewField;
import app.kehu.fields.Section;
import app.kehu.fields.SelectOption;
import app.kehu.security.UserService;
import app.kehu.security.UserSummary;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import app.kehu.tenancy.TenantService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The property both evaluators must keep: for random rule sets over random customers, on real PostgreSQL, the
 * generated SQL and the Java evaluator give every customer the same score and grade. Values and rule arguments
 * come from shared pools of boundary values (equal, just above, just below, empty, around midnight), so that
 * conditions often sit exactly on their edge. Seeded; a failure prints the seed, the rules and the customer.
 */
class EvaluatorsAgreeTest extends IntegrationTest {

    private static final int RULE_SETS = 300;
    private static final int CUSTOMERS = 100;
    /** Not the server's zone, so that a date-time's calendar day really depends on the zone passed. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final List<String> NUMBERS = List.of("0", "1", "-1", "2.5", "49999.99", "50000", "99999.99",
            "100000", "100000.01", "7", "30", "0.000001");
    private static final List<String> TEXTS = List.of("", "abc", "ABC", "Abc def", "ab", "中文客户", "北京分公司", "北京",
            "xyz 中文", "b");
    private static final List<String> OPTIONS = List.of("gold", "silver", "bronze");
    private static final List<Integer> DAY_OFFSETS = List.of(0, 1, 2, 6, 7, 8, 29, 30, 31, 365, -1, -3);
    private static final List<FieldType> CUSTOM_TYPES = Arrays.stream(FieldType.values())
            .filter(FieldType::isOfferedForCustomFields).toList();

    @Autowired
    FieldService fieldService;
    @Autowired
    FieldRegistry registry;
    @Autowired
    UserService users;
    @Autowired
    GradeStore store;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    RatingService rating;
    @Autowired
    RatingFixtures fixtures;

    @Test
    void sqlAndJavaGiveEveryCustomerTheSameScoreAndGradeUnderRandomRules() {
        long seed = seed();
        Random random = new Random(seed);
        Tenant fixture = tenantWithEveryType(random);
        RuleOperands operands = fixture.operands();
        List<GradeStore.StoredCustomer> customers = fixture.ids().stream()
                .map(id -> store.customer(fixture.ref(), operands.readableColumns(), id).orElseThrow()).toList();
        RandomRules generator = new RandomRules(random, operands.all(), fixture.owners());
        JavaEvaluator java = new JavaEvaluator(operands, TODAY, ZONE);

        for (int round = 0; round < RULE_SETS; round++) {
            RuleSet rules = generator.ruleSet();
            Map<Long, List<Object>> bySql = sqlResults(fixture.ref(), new SqlRules(rules, operands, TODAY, ZONE));
            for (GradeStore.StoredCustomer customer : customers) {
                Evaluation byJava = java.evaluate(rules, customer.values(), customer.manualGrade());
                List<Object> sql = bySql.get(customer.id());
                String context = "seed " + seed + ", round " + round + ", rules " + RuleSetJson.write(rules)
                        + ", customer " + customer.values() + " manual " + customer.manualGrade();
                assertThat((BigDecimal) sql.get(0)).as("score, " + context).isEqualByComparingTo(byJava.score());
                assertThat(sql.get(1)).as("grade, " + context).isEqualTo(byJava.grade());
            }
        }
    }

    @Test
    void theExplanationOfEveryCustomerGivesTheGradeAndScoreThePublishedRecomputeStored() {
        long seed = seed();
        Random random = new Random(seed);
        Tenant fixture = tenantWithEveryType(random);
        RandomRules generator = new RandomRules(random, fixture.operands().all(), fixture.owners());
        runAs.run(fixture.company().admin(), () -> {
            for (int published = 0; published < 3; ) {
                RuleSet rules = generator.ruleSet();
                if (!rating.check(rules).isEmpty()) {
                    continue;
                }
                rating.publish(rules, "random " + published++);
                fixtures.awaitRecompute();
                for (long id : fixture.ids()) {
                    GradeExplanation why = rating.explain(id);
                    String context = "seed " + seed + ", rules " + RuleSetJson.write(rules) + ", customer " + id;
                    assertThat(why.grade()).as(context).isEqualTo(fixtures.grade(fixture.company().slug(), id));
                    assertThat(why.score()).as(context).isEqualByComparingTo(jdbc.template().queryForObject(
                            "SELECT grade_score FROM " + RatingFixtures.customer(fixture.company().slug())
                                    + " WHERE id = ?", BigDecimal.class, id));
                }
            }
        });
    }

    private static long seed() {
        return Long.getLong("rating.seed", System.nanoTime());
    }

    private record Tenant(Company company, TenantRef ref, RuleOperands operands, List<Long> owners, List<Long> ids) {
    }

    /** A company with a custom field of every type and customers with random values in all fields. */
    private Tenant tenantWithEveryType(Random random) {
        Company company = tenants.signUp();
        TenantRef tenant = new TenantRef(company.tenantId(), TenantService.schemaFor(company.slug()));
        List<Long> owners = runAs.call(company.admin(), () -> {
            CUSTOM_TYPES.forEach(type -> fieldService.addField(new NewField("p" + type.name().toLowerCase()
                    .replace("_", ""), type, FieldSettings.of("属性 " + type, "Property " + type, Section.BASIC)
                            .withOptions(type.hasOptions() ? options() : List.of()))));
            return users.listOwners().stream().map(UserSummary::id).toList();
        });
        FieldSet fields = TenantContext.call(tenant, () -> registry.snapshot(tenant));
        return new Tenant(company, tenant, new RuleOperands(fields), owners,
                insertCustomers(company, fields, owners, random));
    }

    private Map<Long, List<Object>> sqlResults(TenantRef tenant, SqlRules rules) {
        Map<Long, List<Object>> results = new HashMap<>();
        named.query("SELECT c.id, s.score, " + rules.grade() + " AS grade FROM " + rules.scored(tenant.table(
                "customer")), rules.params(), rs -> {
                    results.put(rs.getLong("id"), List.of(rs.getBigDecimal("score"), rs.getString("grade")));
                });
        return results;
    }

    /** Customers written straight into the table, so values the forms would tidy away (blank text) occur too. */
    private List<Long> insertCustomers(Company company, FieldSet fields, List<Long> owners, Random random) {
        String table = RatingFixtures.customer(company.slug());
        List<FieldDefinition> written = fields.active().stream()
                .filter(f -> !f.key().equals(FieldRegistry.CREATED) && !f.key().equals(FieldRegistry.UPDATED)
                        && !f.key().equals("grade") && !f.key().equals("gradeScore"))
                .toList();
        List<String> required = jdbc.template().queryForList("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = 'customer' AND is_nullable = 'NO'", String.class,
                TenantService.schemaFor(company.slug()));
        String sql = "INSERT INTO " + table + " (" + written.stream().map(f -> "\"" + f.column() + "\"")
                .collect(Collectors.joining(", ")) + ", grade_override) VALUES (" + written.stream()
                        .map(f -> "CAST(? AS " + f.type().sqlType() + ")").collect(Collectors.joining(", "))
                + ", ?) RETURNING id";
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            List<Object> values = new ArrayList<>();
            for (FieldDefinition field : written) {
                String value = field.key().equals(FieldRegistry.NAME) ? "Customer " + i
                        : randomValue(field.type(), owners, random);
                values.add(value == null && required.contains(field.column()) ? requiredValue(field.type()) : value);
            }
            values.add(random.nextInt(10) == 0 ? "ABCD".substring(i % 4, i % 4 + 1) : null);
            ids.add(jdbc.template().queryForObject(sql, Long.class, values.toArray()));
        }
        return ids;
    }

    private static String requiredValue(FieldType type) {
        return type.isMultiValued() ? "{}" : type.isNumeric() ? "0" : "prospect";
    }

    /** A value as PostgreSQL text, or null; from the same pools the rules draw their arguments from. */
    static String randomValue(FieldType type, List<Long> owners, Random random) {
        if (random.nextInt(8) == 0) {
            return null;
        }
        return switch (type.kind()) {
            case NUMBER -> fitting(type, pick(NUMBERS, random));
            case TEXT -> type == FieldType.SINGLE_SELECT ? pick(List.of("", "gold", "silver", "bronze"), random)
                    : pick(TEXTS, random);
            case DATE -> day(random).toString();
            case DATETIME -> day(random).atTime(pick(List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 0, 1),
                    LocalTime.NOON, LocalTime.of(23, 59, 59)), random)).atZone(ZONE).toOffsetDateTime().toString();
            case BOOLEAN -> String.valueOf(random.nextBoolean());
            case USER -> random.nextInt(5) == 0 ? "999999" : String.valueOf(pick(owners, random).longValue());
            case LIST -> random.nextInt(4) == 0 ? "{}" : "{" + random.ints(1 + random.nextInt(2), 0, OPTIONS.size())
                    .distinct().mapToObj(OPTIONS::get).map(o -> '"' + o + '"').collect(Collectors.joining(","))
                    + "}";
        };
    }

    /** The number if the type's column holds it; integers lose their fraction as the column would refuse it. */
    private static String fitting(FieldType type, String number) {
        BigDecimal value = new BigDecimal(number);
        if (type == FieldType.INTEGER) {
            return value.toBigInteger().toString();
        }
        return value.abs().compareTo(BigDecimal.TEN.pow(type.integerDigits())) < 0 ? number : "1";
    }

    static LocalDate day(Random random) {
        return TODAY.minusDays(pick(DAY_OFFSETS, random));
    }

    static <T> T pick(List<T> pool, Random random) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static List<SelectOption> options() {
        return OPTIONS.stream().map(o -> new SelectOption(o, o, o, null)).toList();
    }

    /** Random rule sets over the operands: nested groups, every operator, valid arguments and some invalid ones. */
    private static final class RandomRules {

        private final Random random;
        private final List<Operand> operands;
        private final List<Long> owners;

        RandomRules(Random random, List<Operand> operands, List<Long> owners) {
            this.random = random;
            this.operands = operands.stream().filter(o -> !o.archived()).toList();
            this.owners = owners;
        }

        RuleSet ruleSet() {
            List<GradeOverride> overrides = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                overrides.add(new GradeOverride(group(1), pick(RuleCheck.GRADES, random)));
            }
            return new RuleSet(group(0), bands(), overrides);
        }

        private List<GradeBand> bands() {
            List<String> grades = RuleCheck.GRADES.stream().filter(g -> random.nextInt(4) > 0).toList();
            grades = grades.isEmpty() ? List.of("C") : grades;
            List<GradeBand> bands = new ArrayList<>();
            BigDecimal min = BigDecimal.valueOf(random.nextInt(40) - 5);
            for (int i = grades.size() - 1; i >= 0; i--) {
                boolean last = i == grades.size() - 1;
                bands.addFirst(new GradeBand(grades.get(i), last ? null : min, "级", "Grade", "#000000"));
                min = min.add(BigDecimal.valueOf(random.nextInt(20) + 1, random.nextInt(2)));
            }
            return bands;
        }

        private RuleGroup group(int depth) {
            List<RuleNode> children = new ArrayList<>();
            int size = depth >= 3 ? 0 : random.nextInt(5);
            for (int i = 0; i < size; i++) {
                children.add(random.nextInt(4) == 0 ? group(depth + 1) : condition());
            }
            return new RuleGroup(random.nextBoolean() ? RuleGroup.Combinator.ALL : RuleGroup.Combinator.ANY,
                    children, points());
        }

        private RuleCondition condition() {
            Operand operand = pick(operands, random);
            Operator operator = random.nextInt(40) == 0 ? pick(Arrays.asList(Operator.values()), random)
                    : pick(operand.operators(), random);
            int count = operator.arity() >= 0 ? operator.arity() : 1 + random.nextInt(3);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                values.add(argument(operand.type(), operator));
            }
            if (operator == Operator.BETWEEN && random.nextInt(5) > 0) {
                values.sort((a, b) -> new BigDecimal(a).compareTo(new BigDecimal(b)));
            }
            return new RuleCondition(operand.key(), operator, values, points());
        }

        private String argument(FieldType type, Operator operator) {
            return switch (operator) {
                case WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO -> String.valueOf(Math.abs(pick(DAY_OFFSETS, random)));
                case BEFORE, AFTER -> day(random).toString();
                case ANY_OF, NONE_OF -> type == FieldType.USER ? String.valueOf(pick(owners, random))
                        : pick(OPTIONS, random);
                case EQUALS, NOT_EQUALS, CONTAINS, STARTS_WITH -> type.isNumeric() ? pick(NUMBERS, random)
                        : pick(TEXTS.subList(1, TEXTS.size()), random);
                default -> pick(NUMBERS, random);
            };
        }

        private BigDecimal points() {
            return new BigDecimal(pick(List.of("0", "1", "5", "10", "2.5", "-3", "100", "0.000001"), random));
        }
    }
}
