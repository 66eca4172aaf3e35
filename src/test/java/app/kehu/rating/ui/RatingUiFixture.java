package app.kehu.rating.ui;

import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import app.kehu.fields.NewField;
import app.kehu.fields.Section;
import app.kehu.rating.GradeBand;
import app.kehu.rating.Operator;
import app.kehu.rating.RatingService;
import app.kehu.rating.RuleCondition;
import app.kehu.rating.RuleGroup;
import app.kehu.rating.RuleGroup.Combinator;
import app.kehu.rating.RuleSet;
import app.kehu.security.RunAs;
import app.kehu.support.TestTenants.Company;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** A company whose customers differ by a custom money field "spend", and rules that grade by it. */
@Component
class RatingUiFixture {

    static final String SPEND = "spend";

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;
    @Autowired
    RatingService rating;
    @Autowired
    RunAs runAs;

    /** Adds the spend field and one customer per name with that spend; returns the customers' ids by name. */
    Map<String, Long> customersWithSpend(Company company, Map<String, Integer> spendByName) {
        return runAs.call(company.admin(), () -> {
            fields.addField(new NewField(SPEND, FieldType.MONEY, FieldSettings.of("消费额", "Spend", Section.VALUE)));
            Map<String, Long> ids = new TreeMap<>();
            spendByName.forEach((name, spend) -> ids.put(name,
                    customers.create(Map.of("name", name, SPEND, new BigDecimal(spend))).id()));
            return ids;
        });
    }

    /** Spend of at least 100,000 gives 60 points; the bands A 50, B 30, C 10; no overrides. */
    RuleSet bySpend(Company company) {
        RuleSet starter = runAs.call(company.admin(), rating::editable);
        RuleGroup scoring = new RuleGroup(Combinator.ALL, List.of(
                new RuleCondition(SPEND, Operator.AT_LEAST, List.of("100000"), new BigDecimal(60))), BigDecimal.ZERO);
        List<BigDecimal> minimums = List.of(new BigDecimal(50), new BigDecimal(30), new BigDecimal(10));
        List<GradeBand> bands = new ArrayList<>();
        for (int i = 0; i < starter.bands().size(); i++) {
            GradeBand band = starter.bands().get(i);
            boolean last = i == starter.bands().size() - 1;
            bands.add(new GradeBand(band.grade(), last ? null : minimums.get(i), band.labelZh(), band.labelEn(),
                    band.colour()));
        }
        return new RuleSet(scoring, bands, List.of());
    }

    /** Publishes and waits until every grade is recomputed. */
    void publish(Company company, RuleSet rules, String note) {
        runAs.run(company.admin(), () -> rating.publish(rules, note));
        awaitRecompute(company);
    }

    void awaitRecompute(Company company) {
        for (int attempt = 0; attempt < 500; attempt++) {
            if (!runAs.call(company.admin(), rating::progress).running()) {
                return;
            }
            sleep();
        }
        throw new AssertionError("The recompute did not finish");
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
