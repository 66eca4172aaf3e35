package app.kehu.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.CustomerExportService;
import app.kehu.customer.CustomerQuery;
import app.kehu.customer.SavedViewService;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import app.kehu.fields.NewField;
import app.kehu.fields.Section;
import app.kehu.fields.SelectOption;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer grid and form, which are generated from the fields, still build with a custom field of every type
 * and show its values. (The field designer's own views come with the UI work.)
 */
class CustomFieldViewsSmokeTest extends IntegrationTest {

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;

    Company company;

    @BeforeEach
    void companyWithAFieldOfEveryType() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        company = tenants.signUp();
        List<SelectOption> options = List.of(new SelectOption("A", "甲", "A", "#2e7d32"),
                new SelectOption("B", "乙", "B", null));
        Map<String, Object> values = new HashMap<>(Map.of("name", "样例客户"));
        runAs.run(company.admin(), () -> Arrays.stream(FieldType.values()).filter(FieldType::isOfferedForCustomFields)
                .forEach(type -> {
                    String key = "f_" + type.name().toLowerCase(Locale.ROOT);
                    fields.addField(new NewField(key, type, FieldSettings.of("字段" + type, "Field " + type,
                            Section.VALUE).withHelp("说明", "Help").withOptions(type.hasOptions() ? options : List.of())));
                    values.put(key, sample(type, customers.newCustomerDefaults().get("owner")));
                }));
        runAs.run(company.admin(), () -> customers.create(values));
    }

    @Autowired
    CustomerExportService exports;
    @Autowired
    SavedViewService views;

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void theGridAndTheFormBuildWithEveryTypeAndShowLabelsInTheUsersLanguage() {
        runAs.run(company.admin(), () -> {
            CustomersView view = new CustomersView(customers, exports, views);
            List<String> headers = view.grid.getColumns().stream().map(Grid.Column::getKey).toList();
            assertThat(headers).contains("f_money", "f_multi_select", "f_user");
            assertThat(view.total.getText()).isEqualTo("共 1 位客户");

            Map<String, FieldEditor> editors = new CustomerEditor(customers, customers.list(
                    CustomerQuery.all(), 0, 1).getFirst(), saved -> { }).editors();
            for (FieldDefinition field : customers.fields()) {
                if (!field.readOnly()) {
                    assertThat(editors).containsKey(field.key());
                }
            }
            assertThat(((HasLabel) editors.get("f_money").component()).getLabel()).isEqualTo("字段MONEY");
            assertThat(((HasLabel) editors.get("phone").component()).getLabel()).isEqualTo("联系电话");
            assertThat(editors.get("f_integer").getValue()).isEqualTo("42");
            assertThat(editors.get("f_date").getValue()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(editors.get("f_multi_select").getValue()).isEqualTo(List.of("A", "B"));
            assertThat(editors.get("f_boolean").getValue()).isEqualTo(true);
        });
    }

    private static Object sample(FieldType type, Object userId) {
        return switch (type) {
            case TEXT, LONG_TEXT -> "文本";
            case INTEGER -> 42L;
            case DECIMAL, MONEY, PERCENT -> new BigDecimal("12.5");
            case DATE -> LocalDate.of(2026, 3, 31);
            case DATETIME -> Instant.parse("2026-03-31T08:00:00Z");
            case BOOLEAN -> true;
            case SINGLE_SELECT -> "A";
            case MULTI_SELECT -> List.of("A", "B");
            case EMAIL -> "li.na@example.cn";
            case PHONE -> "13800138000";
            case URL -> "https://example.cn";
            case USER -> userId;
            case TAGS -> List.of("VIP");
        };
    }
}
