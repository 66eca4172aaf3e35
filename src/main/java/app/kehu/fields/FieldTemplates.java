package app.kehu.fields;

import static app.kehu.fields.FieldType.BOOLEAN;
import static app.kehu.fields.FieldType.DATE;
import static app.kehu.fields.FieldType.DATETIME;
import static app.kehu.fields.FieldType.INTEGER;
import static app.kehu.fields.FieldType.LONG_TEXT;
import static app.kehu.fields.FieldType.MONEY;
import static app.kehu.fields.FieldType.MULTI_SELECT;
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
 * <p>Grade, lifecycle stage and annual contribution will be computed by rule-based grading; the template
 * fields for them are what a team records by hand until then, and carry a {@code _manual} suffix so that the
 * computed ones can take the plain names.
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

    private static final NewField LAST_CONTACT = field("last_contact_at", DATETIME, BEHAVIOUR, "最近接触时间",
            "Last contact", s -> s.withHelp("与客户最近一次互动的时间", "When someone last talked to the customer")
                    .withFilterable(true));
    private static final NewField PURCHASE_FREQUENCY = field("purchase_frequency", SINGLE_SELECT, BEHAVIOUR,
            "购买频率", "Purchase frequency", s -> s.withFilterable(true).withOptions(List.of(
                    option("frequent", "高频购买", "Frequent buyer", "#2e7d32"),
                    option("occasional", "低频购买", "Occasional buyer", "#f9a825"),
                    option("none", "尚未购买", "Not bought yet", "#9e9e9e"))));
    private static final NewField GRADE = field("grade_manual", SINGLE_SELECT, VALUE, "客户等级", "Customer grade",
            s -> s.withHelp("按 A、B、C、D 四级手工评定", "A to D, set by hand").withFilterable(true)
                    .withOptions(List.of(option("A", "A 级", "A", "#2e7d32"), option("B", "B 级", "B", "#1565c0"),
                            option("C", "C 级", "C", "#f9a825"), option("D", "D 级", "D", "#c62828"))));
    private static final NewField ANNUAL_CONTRIBUTION = field("annual_contribution_manual", MONEY, VALUE,
            "年度贡献值", "Annual contribution", s -> s.withHelp("客户过去一年带来的收入（元）",
                    "Revenue from the customer over the past year").withRules(FieldRules.range(BigDecimal.ZERO, null)));
    private static final NewField POTENTIAL_SCORE = field("potential_score", INTEGER, VALUE, "潜在价值评分",
            "Potential value score", s -> s.withHelp("结合历史表现和未来预测给出的评分（0–100）",
                    "0–100, from past behaviour and expected growth").withRules(FieldRules.range(0, 100)));
    private static final NewField SATISFACTION = field("satisfaction_score", INTEGER, VALUE, "客户满意度评分",
            "Satisfaction score", s -> s.withHelp("1（很不满意）到 5（非常满意）", "1 (very unhappy) to 5 (delighted)")
                    .withRules(FieldRules.range(1, 5)));
    private static final NewField MARKETING_SUGGESTION = field("marketing_suggestion", LONG_TEXT, MARKETING,
            "营销建议", "Marketing suggestion", s -> s.withHelp(
                    "例如：为高潜力客户推荐个性化服务方案，对流失风险较高的客户提出挽回措施",
                    "E.g. a personalised service plan for high-potential customers, win-back steps for those at risk"));

    private static final List<FieldTemplate> TEMPLATES = List.of(
            new FieldTemplate(STARTUP, LocalizedText.of("创业企业客户统计表", "Startup customer statistics"),
                    LocalizedText.of("基本信息、行为数据、价值评估和营销建议：创业团队管理客户的最小集合。",
                            "Basic information, behaviour, value and marketing: the essentials a startup team tracks."),
                    List.of(), List.of(
                            LAST_CONTACT,
                            field("communication_notes", LONG_TEXT, BEHAVIOUR, "沟通记录", "Communication records",
                                    s -> s.withHelp("简要描述每次主要谈话内容", "A short note on each main conversation")),
                            field("purchase_history", LONG_TEXT, BEHAVIOUR, "购买历史", "Purchase history",
                                    s -> s.withHelp("详细列出过往采购记录", "Past purchases, one per line")),
                            PURCHASE_FREQUENCY,
                            field("feedback", LONG_TEXT, BEHAVIOUR, "反馈信息", "Feedback",
                                    s -> s.withHelp("客户对产品和服务的评价",
                                            "What the customer says about products and service")),
                            GRADE, ANNUAL_CONTRIBUTION, POTENTIAL_SCORE, MARKETING_SUGGESTION)),
            new FieldTemplate(KEY_ACCOUNT, LocalizedText.of("关键客户管理", "Key-account management"),
                    LocalizedText.of("客户经理、决策人、客户偏好、服务历史和合同续约：管理贡献最大的客户。",
                            "Account manager, decision makers, preferences, service history and contract renewals."),
                    List.of(CONTRACT), List.of(
                            field("account_manager", USER, BASIC, "客户经理", "Account manager",
                                    s -> s.withFilterable(true)),
                            field("decision_maker", TEXT, BASIC, "决策人", "Decision maker", s -> s),
                            field("preferred_channel", SINGLE_SELECT, BASIC, "偏好沟通渠道", "Preferred channel",
                                    s -> s.withOptions(List.of(option("call", "电话", "Call", null),
                                            option("visit", "拜访", "Visit", null),
                                            option("email", "邮件", "E-mail", null),
                                            option("wechat", "微信", "WeChat", "#2e7d32"),
                                            option("meeting", "会议", "Meeting", null)))),
                            field("customization_needs", LONG_TEXT, BASIC, "定制化需求", "Customisation needs", s -> s),
                            LAST_CONTACT,
                            field("service_requests", LONG_TEXT, BEHAVIOUR, "服务请求记录", "Service requests",
                                    s -> s.withHelp("客户支持请求的记录", "Support requests and how they were handled")),
                            SATISFACTION,
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
                    LocalizedText.of("购买频率、消费金额、满意度、互动和市场活动参与：为客户分级打好数据基础。",
                            "Purchase frequency, spend, satisfaction, interaction and campaigns: what grading needs."),
                    List.of(), List.of(
                            PURCHASE_FREQUENCY, LAST_CONTACT,
                            field("interaction_level", SINGLE_SELECT, BEHAVIOUR, "互动频率", "Interaction level",
                                    s -> s.withOptions(List.of(option("high", "高", "High", "#2e7d32"),
                                            option("medium", "中", "Medium", "#f9a825"),
                                            option("low", "低", "Low", "#9e9e9e")))),
                            field("campaign_participation", MULTI_SELECT, BEHAVIOUR, "市场活动参与情况",
                                    "Campaign participation", s -> s.withOptions(List.of(
                                            option("promotion", "促销活动", "Promotion", null),
                                            option("event", "线下活动", "Event", null),
                                            option("webinar", "线上直播", "Webinar", null),
                                            option("survey", "问卷调查", "Survey", null)))),
                            ANNUAL_CONTRIBUTION, SATISFACTION, POTENTIAL_SCORE, GRADE,
                            field("lifecycle_manual", SINGLE_SELECT, VALUE, "生命周期阶段", "Lifecycle stage",
                                    s -> s.withFilterable(true).withOptions(List.of(
                                            option("prospect", "潜在客户", "Prospect", "#9e9e9e"),
                                            option("new", "新客户", "New", "#1565c0"),
                                            option("active", "活跃客户", "Active", "#2e7d32"),
                                            option("at_risk", "流失风险", "At risk", "#f9a825"),
                                            option("churned", "已流失", "Churned", "#c62828"),
                                            option("won_back", "已挽回", "Won back", "#6a1b9a")))),
                            field("key_customer", BOOLEAN, VALUE, "重点客户", "Key customer", s -> s),
                            MARKETING_SUGGESTION,
                            field("next_action", TEXT, MARKETING, "下一步行动", "Next action", s -> s),
                            field("follow_up_on", DATE, MARKETING, "下次跟进日期", "Next follow-up",
                                    s -> s.withFilterable(true)))));

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
