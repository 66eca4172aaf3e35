package app.kehu.demo;

import app.kehu.activity.ActivityMetrics;
import app.kehu.activity.Channel;
import app.kehu.fields.FieldRegistry;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two years of plausible behaviour for the demo customers, inserted in batches (thousands of rows in well under
 * a second) rather than one audited service call each. Customers fall into profiles, so that grades with the
 * worked example's thresholds (100,000 / 50,000 a year) and the lifecycle stages come out as a mix; some
 * follow-ups are due or overdue. The aggregates are then refreshed once for all.
 */
@Component
class DemoBehaviour {

    private static final String[] SUMMARIES = {"电话沟通新品报价,客户有意向", "上门拜访,了解明年采购计划",
            "发送产品目录和报价单", "微信沟通交付时间", "季度业务回顾会议", "展会现场交流,交换名片", "客户咨询售后政策",
            "跟进合同签署进度", "邀请参加新品发布会", "催收尾款,客户承诺月底支付"};
    private static final String[] PRODUCTS = {"企业版软件年费", "办公设备采购", "定制礼品", "咨询服务", "茶叶礼盒",
            "系统集成项目", "培训课程", "耗材补货"};
    private static final String[] SALES_CHANNELS = {"线下门店", "官网", "微信小程序", "代理商", "电话订购"};
    private static final String[] COMMENTS = {"服务很及时", "价格偏高", "产品质量稳定", "交付有延迟", "客服态度好"};
    private static final String[] TOPICS = {"发票开具", "退换货", "安装调试", "账户权限", "物流查询"};
    private static final String[] CAMPAIGNS = {"双十一促销", "春节回馈活动", "新品发布会", "618年中大促", "会员日"};

    private final JdbcTemplate jdbc;
    private final FieldRegistry fields;
    private final ActivityMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoBehaviour(JdbcTemplate jdbc, FieldRegistry fields, ActivityMetrics metrics,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.fields = fields;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void seed(TenantRef tenant, long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        TenantContext.run(tenant, () -> transactions.executeWithoutResult(status -> {
            fields.snapshotForWriting(tenant);
            Rows rows = new Rows();
            jdbc.query("SELECT id, owner_id FROM " + tenant.table("customer") + " ORDER BY id",
                    (RowCallbackHandler) rs -> behaviourOf(rs.getLong("id"), rs.getLong("owner_id"), random, today,
                            rows));
            rows.insert(jdbc, tenant);
        }));
        metrics.refreshAll(tenant);
    }

    private void behaviourOf(long customer, long owner, Random random, LocalDate today, Rows rows) {
        int profile = random.nextInt(100);
        if (profile < 15) {
            purchases(rows, customer, owner, random, today, 6 + random.nextInt(7), 12_000, 30_000, 365);
        } else if (profile < 40) {
            purchases(rows, customer, owner, random, today, 3 + random.nextInt(5), 8_000, 16_000, 365);
        } else if (profile < 70) {
            purchases(rows, customer, owner, random, today, 1 + random.nextInt(4), 800, 9_000, 365);
        } else if (profile < 85) {
            purchases(rows, customer, owner, random, today.minusDays(380), 1 + random.nextInt(4), 2_000, 20_000, 330);
            if (random.nextInt(3) == 0) {
                purchases(rows, customer, owner, random, today, 1, 3_000, 12_000, 60); // came back lately
            }
        } // the rest are prospects: no purchase yet
        for (int i = random.nextInt(7); i > 0; i--) {
            rows.interactions.add(new Object[] {customer, owner, Timestamp.from(clock.instant().minus(
                    Duration.ofMinutes(random.nextInt(180 * 24 * 60)))),
                    Channel.values()[random.nextInt(Channel.values().length)].name(), pick(random, SUMMARIES)});
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            rows.feedback.add(new Object[] {customer, owner, today.minusDays(random.nextInt(300)),
                    3 + random.nextInt(3) - (random.nextInt(5) == 0 ? 2 : 0),
                    random.nextBoolean() ? pick(random, COMMENTS) : null});
        }
        if (random.nextInt(5) == 0) {
            LocalDate opened = today.minusDays(random.nextInt(60));
            LocalDate closed = random.nextInt(5) < 2 ? null : opened.plusDays(random.nextInt(
                    (int) (today.toEpochDay() - opened.toEpochDay()) + 1));
            rows.requests.add(new Object[] {customer, owner, opened, closed, pick(random, TOPICS)});
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            rows.campaigns.add(new Object[] {customer, owner, pick(random, CAMPAIGNS),
                    today.minusDays(random.nextInt(400)), random.nextInt(100) < 35});
        }
        if (random.nextInt(4) == 0) {
            rows.followUps.add(new Object[] {today.plusDays(random.nextInt(22) - 7), customer});
        }
    }

    /** {@code count} purchases on days up to {@code spanDays} before {@code latest}, amounts in the range. */
    private static void purchases(Rows rows, long customer, long owner, Random random, LocalDate latest, int count,
            int minAmount, int maxAmount, int spanDays) {
        for (int i = 0; i < count; i++) {
            BigDecimal amount = BigDecimal.valueOf(minAmount + random.nextInt(maxAmount - minAmount)).setScale(2);
            rows.purchases.add(new Object[] {customer, owner, latest.minusDays(random.nextInt(spanDays)), amount,
                    pick(random, PRODUCTS), pick(random, SALES_CHANNELS)});
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The rows to insert, table by table, as batch parameters. */
    private static final class Rows {

        final List<Object[]> interactions = new ArrayList<>();
        final List<Object[]> purchases = new ArrayList<>();
        final List<Object[]> feedback = new ArrayList<>();
        final List<Object[]> requests = new ArrayList<>();
        final List<Object[]> campaigns = new ArrayList<>();
        final List<Object[]> followUps = new ArrayList<>();

        void insert(JdbcTemplate jdbc, TenantRef tenant) {
            jdbc.batchUpdate("INSERT INTO " + tenant.table("interaction") + " (customer_id, user_id, occurred_at, "
                    + "channel, summary) VALUES (?, ?, ?, ?, ?)", interactions);
            jdbc.batchUpdate("INSERT INTO " + tenant.table("purchase") + " (customer_id, user_id, purchased_on, "
                    + "amount, product, channel) VALUES (?, ?, ?, ?, ?, ?)", purchases);
            jdbc.batchUpdate("INSERT INTO " + tenant.table("feedback") + " (customer_id, user_id, received_on, "
                    + "satisfaction, comment) VALUES (?, ?, ?, ?, ?)", feedback);
            jdbc.batchUpdate("INSERT INTO " + tenant.table("service_request") + " (customer_id, user_id, opened_on, "
                    + "closed_on, topic) VALUES (?, ?, ?, ?, ?)", requests);
            jdbc.batchUpdate("INSERT INTO " + tenant.table("campaign_participation") + " (customer_id, user_id, "
                    + "campaign, participated_on, responded) VALUES (?, ?, ?, ?, ?)", campaigns);
            jdbc.batchUpdate("UPDATE " + tenant.table("customer") + " SET next_follow_up_on = ? WHERE id = ?",
                    followUps);
        }
    }
}
