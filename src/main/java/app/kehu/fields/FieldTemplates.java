package app.kehu.fields;

import static app.kehu.fields.FieldType.BOOLEAN;
import static app.kehu.fields.FieldType.DATE;
import static app.kehu.fields.FieldType.INTEGER;
import static app.kehu.fields.FieldType.LONG_TEXT;
import static app.kehu.fields.FieldType.MONEY;
import static app.kehu.fields.FieldType.SINGLE_SELECT;
import static app.kehu.fields.FieldType.TEXT;
import static app.kehu.fields.FieldType.USER;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The three customer templates, with fields drawn from SPEC.md and the way Chinese small companies describe
 * their 客户统计表 (customer statistics table), 关键客户管理表格 (key-account table) and 客户评级管理表格
 * (customer rating table). A field several templates share is defined once, so applying a second template skips
 * it instead of adding a variant.
 *
 * <p>What Kehu records or computes itself — last contact, follow-up date, purchases, satisfaction, campaign
 * responses, grade, annual contribution, lifecycle stage — is built in (ADR 0015); templates add only what a
 * team judges or records by hand beside it.
 */
final class FieldTemplates {

    static final String STARTUP = "startup";
    static final String KEY_ACCOUNT = "key-account";
    static final String RATING = "rating";

    private static final String BASIC = Section.BASIC;
    private static final String BEHAVIOUR = Section.BEHAVIOUR;
    private static final String VALUE = Section.VALUE;
    private static final String MARKETING = Section.MARKETING;
    private static final NewSection CONTRACT = new NewSection("contract", LocalizedText.of("合同信息", "Contracts"));

    private static final NewField PREFERRED_CHANNEL = field("preferred_channel", SINGLE_SELECT, BASIC, "偏好沟通渠道",
            "Preferred channel", s -> s.withOptions(List.of(option("call", "电话", "Call", null),
                    option("visit", "拜访", "Visit", null),
                    option("email", "邮件", "E-mail", null),
                    option("wechat", "微信", "WeChat", "#2e7d32"),
                    option("meeting", "会议", "Meeting", null))));
    private static final NewField POTENTIAL_SCORE = field("potential_score", INTEGER, VALUE, "潜在价值评分",
            "Potential value score", s -> s.withHelp("结合历史表现和未来预测给出的评分（0–100）",
                    "0–100, from past behaviour and expected growth").withRules(FieldRules.range(0, 100)));
    private static final NewField MARKETING_SUGGESTION = field("marketing_suggestion", LONG_TEXT, MARKETING,
            "营销建议", "Marketing suggestion", s -> s.withHelp(
                    "例如：为高潜力客户推荐个性化服务方案，对流失风险较高的客户提出挽回措施",
                    "E.g. a personalised service plan for high-potential customers, win-back steps for those at risk"));
    private static final NewField NEXT_ACTION = field("next_action", TEXT, MARKETING, "下一步行动", "Next action",
            s -> s);

    private static final List<FieldTemplate> TEMPLATES = List.of(
            new FieldTemplate(STARTUP, LocalizedText.of("创业企业客户统计表", "Startup customer statistics"),
                    LocalizedText.of("微信、偏好渠道、潜在价值和营销建议：创业团队在系统记录之外还要填写的内容。",
                            "WeChat, preferred channel, potential value and marketing: what a startup team adds by hand."),
                    List.of(), List.of(
                            field("wechat", TEXT, BASIC, "微信号", "WeChat ID", s -> s),
                            PREFERRED_CHANNEL,
                            field("purchase_intent", SINGLE_SELECT, BEHAVIOUR, "购买意向", "Purchase intent",
                                    s -> s.withFilterable(true).withOptions(List.of(
                                            option("high", "意向强烈", "Strong", "#2e7d32"),
                                            option("medium", "有意向", "Some", "#f9a825"),
                                            option("low", "暂无意向", "None yet", "#9e9e9e")))),
                            POTENTIAL_SCORE, MARKETING_SUGGESTION, NEXT_ACTION)),
            new FieldTemplate(KEY_ACCOUNT, LocalizedText.of("关键客户管理", "Key-account management"),
                    LocalizedText.of("客户经理、决策人、客户偏好、战略重要性和合同续约：管理贡献最大的客户。",
                            "Account manager, decision makers, preferences, importance and contract renewals."),
                    List.of(CONTRACT), List.of(
                            field("account_manager", USER, BASIC, "客户经理", "Account manager",
                                    s -> s.withFilterable(true)),
                            field("decision_maker", TEXT, BASIC, "决策人", "Decision maker", s -> s),
                            PREFERRED_CHANNEL,
                            field("customization_needs", LONG_TEXT, BASIC, "定制化需求", "Customisation needs", s -> s),
                            field("strategic_importance", SINGLE_SELECT, VALUE, "战略重要性", "Strategic importance",
                                    s -> s.withOptions(List.of(option("high", "高", "High", "#c62828"),
                                            option("medium", "中", "Medium", "#f9a825"),
                                            option("low", "低", "Low", "#9e9e9e")))),
                            field("contract_amount", MONEY, CONTRACT.key(), "合同金额", "Contract amount",
                                    s -> s.withRules(FieldRules.range(BigDecimal.ZERO, null))),
                            field("contract_signed_on", DATE, CONTRACT.key(), "签约日期", "Signed on", s -> s),
                            field("renewal_date", DATE, CONTRACT.key(), "续约日期", "Renewal date",
                                    s -> s.withFilterable(true)),
                            field("product_service", TEXT, CONTRACT.key(), "产品或服务类型", "Product or service",
                                    s -> s))),
            new FieldTemplate(RATING, LocalizedText.of("客户评级", "Customer rating"),
                    LocalizedText.of("互动频率、潜在价值、重点客户和黑名单：评级规则在购买和满意度之外还会用到的判断。",
                            "Interaction level, potential value, key customer and blacklist: judgements rules can use."),
                    List.of(), List.of(
                            field("interaction_level", SINGLE_SELECT, BEHAVIOUR, "互动频率", "Interaction level",
                                    s -> s.withOptions(List.of(option("high", "高", "High", "#2e7d32"),
                                            option("medium", "中", "Medium", "#f9a825"),
                                            option("low", "低", "Low", "#9e9e9e")))),
                            POTENTIAL_SCORE,
                            field("key_customer", BOOLEAN, VALUE, "重点客户", "Key customer", s -> s),
                            field("blacklisted", BOOLEAN, VALUE, "黑名单", "Blacklisted",
                                    s -> s.withHelp("列入黑名单的客户可由评级规则直接定为 D 级",
                                            "A rating rule can make blacklisted customers D outright")),
                            MARKETING_SUGGESTION, NEXT_ACTION)));

    private FieldTemplates() {
    }

    static List<FieldTemplate> all() {
        return TEMPLATES;
    }

    static Optional<FieldTemplate> find(String id) {
        return TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static NewField field(String key, FieldType type, String section, String zh, String en,
            UnaryOperator<FieldSettings> settings) {
        return new NewField(key, type, settings.apply(FieldSettings.of(zh, en, section)));
    }

    private static SelectOption option(String value, String zh, String en, String colour) {
        return new SelectOption(value, zh, en, colour);
    }
}
