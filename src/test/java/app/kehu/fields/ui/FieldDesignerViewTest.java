package app.kehu.fields.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.customer.ui.CustomersView;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldTemplate;
import app.kehu.fields.FieldType;
import app.kehu.fields.NewField;
import app.kehu.fields.Section;
import app.kehu.fields.SelectOption;
import app.kehu.security.Role;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin designs the customer table: fields, options, refusals on their inputs, archive, retype, templates. */
class FieldDesignerViewTest extends KaribuTest {

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;

    Company company;

    @BeforeEach
    void adminOpensTheDesigner() {
        company = tenants.signUp();
        login(company.admin());
        navigate(FieldDesignerView.class);
    }

    @Test
    void aSelectFieldAddedWithOptionsIsListedInItsSectionAndBecomesAGridColumn() {
        FieldDialog dialog = startAdding("industry_tier", FieldType.SINGLE_SELECT, "行业等级", "Industry tier");
        _setValue(dialog.form.filterable, true);
        click("add-option");
        click("add-option");
        fillOption(0, "gold", "金牌", "Gold", "#c9a227");
        fillOption(1, "silver", "银牌", "Silver", "");
        click("save-field");

        assertThat(_find(FieldDialog.class)).isEmpty();
        FieldDefinition added = fields.field("industry_tier");
        assertThat(added.options()).extracting(SelectOption::value).containsExactly("gold", "silver");
        assertThat(added.options().getFirst().colour()).isEqualTo("#c9a227");
        assertThat(added.filterable()).isTrue();
        assertThat(labelsIn(Section.BASIC)).contains("Industry tier");

        UI.getCurrent().navigate(CustomersView.class);
        @SuppressWarnings("unchecked")
        Grid<Customer> grid = _get(Grid.class);
        assertThat(grid.getColumnByKey("industry_tier")).isNotNull();
    }

    @Test
    void aBadKeyIsRefusedOnTheKeyInput() {
        FieldDialog dialog = startAdding("Bad Key!", FieldType.TEXT, "坏", "Bad");
        click("save-field");

        assertThat(errorOf(dialog.form.key)).isEqualTo(t("fields.error.key-format"));
        assertThat(errorOf(dialog.form.labelEn)).isNull();
        assertThat(_find(FieldDialog.class)).hasSize(1);
    }

    @Test
    void aBuiltInFieldIsRelabelledButKeepsItsRules() {
        FieldDefinition before = fields.field("phone");
        clickRowAction("phone", "edit");
        FieldDialog dialog = _get(FieldDialog.class);
        assertThat(dialog.form.key.isReadOnly()).isTrue();
        assertThat(dialog.form.required.isVisible()).isFalse();
        _setValue(dialog.form.labelEn, "Mobile");
        click("save-field");

        FieldDefinition after = fields.field("phone");
        assertThat(after.label().en()).isEqualTo("Mobile");
        assertThat(after.settings().withLabel(before.label().zh(), before.label().en()))
                .isEqualTo(before.settings());
        assertThat(labelsIn(Section.BASIC)).contains("Mobile");
    }

    @Test
    void aFieldChangedBySomeoneElseMeanwhileIsNotOverwritten() {
        addTextField("contract_no");
        clickRowAction("contract_no", "edit");
        FieldDialog dialog = _get(FieldDialog.class);
        FieldDefinition opened = fields.field("contract_no");
        fields.updateField("contract_no", opened.version(), opened.settings().withLabel("合同号", "Contract number"));

        _setValue(dialog.form.labelEn, "Agreement no.");
        click("save-field");

        assertThat(byId(Span.class, "designer-conflict").getText()).isEqualTo(t("fields.conflict"));
        assertThat(fields.field("contract_no").label().en()).isEqualTo("Contract number");
    }

    @Test
    void aFieldMovedDownSwapsPlacesWithTheNextOne() {
        addTextField("contract_no");
        fields.addField(new NewField("contract_date", FieldType.DATE,
                FieldSettings.of("签约日期", "Contract date", Section.BASIC)));
        _get(FieldDesignerView.class).refresh();

        clickRowAction("contract_no", "down");

        List<String> keys = GridKt._findAll(basicFields()).stream().map(FieldDefinition::key).toList();
        assertThat(keys.indexOf("contract_date")).isEqualTo(keys.indexOf("contract_no") - 1);
        assertThat(fields.field("contract_no").position()).isGreaterThan(fields.field("contract_date").position());
    }

    @Test
    void aSectionIsAddedEmptyAndRenamed() {
        click("add-section");
        SectionDialog adding = _get(SectionDialog.class);
        _setValue(adding.key, "contracts");
        _setValue(adding.labelZh, "合同");
        _setValue(adding.labelEn, "Contracts");
        click("save-section");
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Contracts");

        click("rename-section-contracts");
        SectionDialog renaming = _get(SectionDialog.class);
        assertThat(renaming.key.isReadOnly()).isTrue();
        _setValue(renaming.labelEn, "");
        click("save-section");
        assertThat(renaming.labelEn.isInvalid()).as("a blank label is refused on its input").isTrue();
        _setValue(renaming.labelEn, "Contract details");
        click("save-section");

        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Contract details");
        assertThat(_find(Paragraph.class, spec -> spec.withText(t("fields.section-empty")))).isNotEmpty();
    }

    @Test
    void anArchivedFieldIsMarkedAndCanBeRestored() {
        addTextField("contract_no");

        clickRowAction("contract_no", "archive");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(fields.field("contract_no").archived()).isTrue();
        assertThat(badgesOf("contract_no")).contains(t("fields.badge.archived"));

        clickRowAction("contract_no", "restore");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(fields.field("contract_no").archived()).isFalse();
        assertThat(badgesOf("contract_no")).doesNotContain(t("fields.badge.archived"));
    }

    @Test
    void aTypeChangeThatWouldLoseValuesIsRefusedNamingThem() {
        addTextField("contract_no");
        runAs.run(company.admin(), () -> customers.create(Map.of("name", "李雷", "contract_no", "HT-abc")));

        clickRowAction("contract_no", "type");
        ChangeTypeDialog dialog = _get(ChangeTypeDialog.class);
        _setValue(dialog.type, FieldType.INTEGER);
        click("save-type");

        assertThat(errorOf(dialog.type)).contains("HT-abc");
        assertThat(fields.field("contract_no").type()).isEqualTo(FieldType.TEXT);
    }

    @Test
    void aTemplateIsPreviewedAppliedAndThenHasNothingLeftToAdd() {
        click("open-templates");
        TemplatesDialog dialog = _get(TemplatesDialog.class);
        assertThat(dialog.choice.getListDataView().getItems()).hasSize(3);
        _setValue(dialog.choice, template(dialog, "startup"));
        assertThat(items("template-adds")).anyMatch(text -> text.startsWith("Purchase intent"));
        click("apply-template");

        assertThat(fields.fields(false)).extracting(FieldDefinition::key).contains("purchase_intent");
        click("open-templates");
        TemplatesDialog again = _get(TemplatesDialog.class);
        _setValue(again.choice, template(again, "startup"));
        assertThat(_find(Paragraph.class, spec -> spec.withId("template-nothing"))).hasSize(1);
        assertThat(items("template-skips")).anyMatch(text -> text.startsWith("Purchase intent"));
        assertThat(byId(Button.class, "apply-template").isEnabled()).isFalse();
    }

    @Test
    void chineseSpeakingAdminsDesignInChinese() {
        reopenBrowser();
        login(company.admin());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate(FieldDesignerView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("字段设计");
        assertThat(byId(Button.class, "add-field").getText()).isEqualTo("添加字段");
        assertThat(_find(H3.class).stream().map(H3::getText)).startsWith("基本信息", "行为数据", "价值评估", "营销建议");
        assertThat(labelsIn(Section.BASIC)).contains("客户姓名");
        assertThat(badgesOf("name")).contains("必填", "内置");

        click("open-templates");
        assertThat(_get(TemplatesDialog.class).choice.getItemLabelGenerator()
                .apply(template(_get(TemplatesDialog.class), "startup"))).startsWith("创业企业客户统计表");
    }

    @Test
    void staffCannotOpenTheDesigner() {
        String staff = tenants.addUser(company, Role.STAFF);
        reopenBrowser();
        login(staff);

        assertThatThrownBy(() -> UI.getCurrent().navigate(FieldDesignerView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    /** Opens the add-field dialog and fills in what every field needs. */
    private static FieldDialog startAdding(String key, FieldType type, String labelZh, String labelEn) {
        click("add-field");
        FieldDialog dialog = _get(FieldDialog.class);
        _setValue(dialog.form.key, key);
        _setValue(dialog.form.type, type);
        _setValue(dialog.form.labelZh, labelZh);
        _setValue(dialog.form.labelEn, labelEn);
        return dialog;
    }

    private void addTextField(String key) {
        fields.addField(new NewField(key, FieldType.TEXT, FieldSettings.of("合同编号", "Contract no.", Section.BASIC)));
        _get(FieldDesignerView.class).refresh();
    }

    /** Clicks a button of the field's row in the Basic information section, as the designer renders it now. */
    private static void clickRowAction(String key, String action) {
        Component actions = cell(basicFields(), t("common.actions"), rowOf(basicFields(), f -> f.key().equals(key)));
        _click(_get(actions, Button.class, spec -> spec.withId(action + "-" + key)));
    }

    private static List<String> badgesOf(String key) {
        Component badges = cell(basicFields(), t("fields.properties"), rowOf(basicFields(), f -> f.key().equals(key)));
        return _find(badges, Span.class).stream().map(Span::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<FieldDefinition> basicFields() {
        return byId(Grid.class, "fields-" + Section.BASIC);
    }

    private static void fillOption(int row, String value, String zh, String en, String colour) {
        _setValue(optionInputs(t("fields.option.value")).get(row), value);
        _setValue(optionInputs(t("fields.option.label-zh")).get(row), zh);
        _setValue(optionInputs(t("fields.option.label-en")).get(row), en);
        _setValue(optionInputs("#1a2b3c").get(row), colour);
    }

    private static List<TextField> optionInputs(String placeholder) {
        return _find(TextField.class, spec -> spec.withPlaceholder(placeholder));
    }

    @SuppressWarnings("unchecked")
    private static List<String> labelsIn(String section) {
        Grid<FieldDefinition> grid = byId(Grid.class, "fields-" + section);
        return GridKt._findAll(grid).stream().map(f -> f.label(UI.getCurrent().getLocale())).toList();
    }

    private static FieldTemplate template(TemplatesDialog dialog, String id) {
        return dialog.choice.getListDataView().getItems().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> items(String listId) {
        return _find(byId(UnorderedList.class, listId), ListItem.class).stream().map(ListItem::getText).toList();
    }
}
