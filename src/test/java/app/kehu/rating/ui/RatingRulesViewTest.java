package app.kehu.rating.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.customer.ui.CustomersView;
import app.kehu.fields.FieldService;
import app.kehu.rating.GradeBand;
import app.kehu.rating.GradePreview.GradeChange;
import app.kehu.rating.Operand;
import app.kehu.rating.Operator;
import app.kehu.rating.RuleCondition;
import app.kehu.rating.RuleGroup;
import app.kehu.rating.RuleSet;
import app.kehu.rating.RuleSetVersion;
import app.kehu.security.Role;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin draws rules in the editor, previews them on the customers, publishes, and restores a version. */
class RatingRulesViewTest extends KaribuTest {

    @Autowired
    RatingUiFixture fixture;
    @Autowired
    FieldService fields;

    Company company;
    Map<String, Long> customers;

    @BeforeEach
    void companyWithBigAndSmallSpenders() {
        company = tenants.signUp();
        customers = fixture.customersWithSpend(company, Map.of("Big Spender Ltd", 250_000, "Small Shop", 800));
    }

    @Test
    void adminBuildsAGroupWithAConditionAndPreviewsTheDistribution() {
        RatingRulesView view = openAsAdmin();
        GroupEditor root = view.editor().scoring();
        int before = root.children().size();
        assertThat(view.isDirty()).isFalse();

        _click(root.addGroupButton());
        GroupEditor group = (GroupEditor) root.children().get(before);
        assertThat(group.children()).isEmpty();
        _click(group.addConditionButton());
        ConditionEditor condition = (ConditionEditor) group.children().getFirst();
        _setValue(condition.operand(), operand(condition, RatingUiFixture.SPEND));
        assertThat(condition.operator().getListDataView().getItems())
                .contains(Operator.AT_LEAST, Operator.BETWEEN).doesNotContain(Operator.CONTAINS);
        _setValue(condition.operator(), Operator.AT_LEAST);
        _setValue((BigDecimalField) condition.values().inputs().getFirst(), new BigDecimal("100000"));
        _setValue(condition.points(), new BigDecimal(10_000));
        _setValue(view.editor().bands().rows().getFirst().minScore(), new BigDecimal(10_000));
        removeOverrides(view);

        assertThat(view.isDirty()).isTrue();
        assertThat(byId(Span.class, "unsaved-marker").isVisible()).isTrue();
        RuleSet draft = view.editor().value();
        assertThat(((RuleGroup) draft.scoring().children().get(before)).children())
                .containsExactly(new RuleCondition(RatingUiFixture.SPEND, Operator.AT_LEAST,
                        List.of("100000"), new BigDecimal(10_000)));

        click("run-preview");
        PreviewPanel preview = view.preview();
        assertThat(preview.isVisible()).isTrue();
        assertThat(countOf(preview, "A", "draft")).isEqualTo("1");
        assertThat(countOf(preview, "A", "current")).isEqualTo("0");
        List<GradeChange> changes = _findAll(preview.changes());
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.customerName()).isEqualTo("Big Spender Ltd");
            assertThat(change.to()).isEqualTo("A");
        });
        assertThat(preview.summary().getText()).isEqualTo(t("rating.preview.changed", changes.size()));
    }

    @Test
    void thePreviewOfACompanyWithoutCustomersSaysSo() {
        company = tenants.signUp();
        RatingRulesView view = openAsAdmin();

        click("run-preview");

        assertThat(view.preview().summary().getText()).isEqualTo(t("rating.preview.no-customers"));
        assertThat(view.preview().changes().isVisible()).isFalse();
    }

    @Test
    void publishingFollowsTheRecomputeAndListsTheNewVersion() {
        RatingRulesView view = openAsAdmin();
        _setValue(view.editor().bands().rows().getFirst().labelEn(), "Top customer");
        removeOverrides(view);
        assertThat(_findAll(view.versions().grid())).extracting(RuleSetVersion::number).containsExactly(1);

        click("publish");
        assertThat(byId(Paragraph.class, "publish-summary").getText()).isEqualTo(t("rating.preview.changed", 2));
        PublishDialog dialog = _get(PublishDialog.class);
        _setValue(dialog.note(), "First rules");
        click("confirm-publish");
        awaitRecomputeInTheView(view);

        expectNotifications(t("rating.recompute.done", 2L, 2));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        List<RuleSetVersion> versions = _findAll(view.versions().grid());
        assertThat(versions).extracting(RuleSetVersion::number).containsExactly(2, 1);
        assertThat(versions.getFirst().note()).isEqualTo("First rules");
        assertThat(versions.getFirst().current()).isTrue();
        assertThat(_getFormatted(view.versions().grid(), 1, "by")).as("the starter set, published at signup")
                .isEqualTo(t("rating.history.system"));
        assertThat(view.isDirty()).isFalse();
        assertThat(view.editor().bands().rows().getFirst().labelEn().getValue()).isEqualTo("Top customer");
        assertThat(view.editor().overrides().rows()).isEmpty();
        // Without the "no purchase → D" override, customers without contribution fall to C.
        assertThat(jdbc.count("SELECT count(*) FROM \"" + schema() + "\".customer WHERE grade = 'C'"))
                .isEqualTo(2);
    }

    @Test
    void restoringAnEarlierVersionPublishesItAgain() {
        RuleSet first = fixture.bySpend(company);
        fixture.publish(company, first, "by spend");
        RuleSet second = new RuleSet(first.scoring(), first.bands().stream()
                .map(band -> band.minScore() == null ? band : new GradeBand(band.grade(),
                        band.minScore().add(BigDecimal.valueOf(100)), band.labelZh(), band.labelEn(), band.colour()))
                .toList(), first.overrides());
        fixture.publish(company, second, "stricter");

        RatingRulesView view = openAsAdmin();
        assertThat(view.editor().bands().rows().getFirst().minScore().getValue()).isEqualByComparingTo("150");
        RuleSetVersion bySpend = _findAll(view.versions().grid()).stream().filter(v -> v.number() == 2)
                .findFirst().orElseThrow();
        assertThat(bySpend.current()).isFalse();

        _click(versionButton(view, bySpend.number(), "rating.versions.restore"));
        _fireConfirm(_get(ConfirmDialog.class));
        awaitRecomputeInTheView(view);

        expectNotifications(t("rating.restore.done", 2, 4), t("rating.recompute.done", 2L, 4));
        assertThat(_findAll(view.versions().grid())).filteredOn(RuleSetVersion::current)
                .singleElement().satisfies(v -> assertThat(v.number()).isEqualTo(4));
        assertThat(view.editor().bands().rows().getFirst().minScore().getValue()).isEqualByComparingTo("50");
        assertThat(jdbc.template().queryForObject("SELECT grade FROM \"" + schema()
                + "\".customer WHERE id = ?", String.class, customers.get("Big Spender Ltd"))).isEqualTo("A");
    }

    @Test
    void conditionsOnAnArchivedFieldAreFlaggedAndRefused() {
        fixture.publish(company, fixture.bySpend(company), "by spend");
        runAs.run(company.admin(), () -> fields.archive(RatingUiFixture.SPEND,
                fields.field(RatingUiFixture.SPEND).version()));

        RatingRulesView view = openAsAdmin();
        ConditionEditor condition = (ConditionEditor) view.editor().scoring().children().getFirst();
        String label = condition.operand().getValue().label().in(UI.getCurrent().getLocale());
        assertThat(condition.archivedFlag().isVisible()).isTrue();
        assertThat(condition.archivedFlag().getText()).isEqualTo(t("rating.condition.archived-field", label));

        click("publish");
        expectNotifications(t("rating.problems", 1));
        assertThat(_find(PublishDialog.class)).isEmpty();
        assertThat(byId(Div.class, "problem-summary").isVisible()).isTrue();
        assertThat(condition.problemLine().getText()).isEqualTo(t("rating.error.archived", "消费额", "Spend"));
        assertThat(_findAll(view.versions().grid())).hasSize(2);
    }

    @Test
    void anEarlierVersionIsShownReadOnly() {
        fixture.publish(company, fixture.bySpend(company), "by spend");
        RatingRulesView view = openAsAdmin();

        _click(versionButton(view, 1, "rating.versions.view"));
        Dialog dialog = byId(Dialog.class, "version-dialog");
        RuleSetEditor shown = _get(dialog, RuleSetEditor.class);
        ConditionEditor starterCondition = (ConditionEditor) shown.scoring().children().getFirst();
        assertThat(starterCondition.operand().getValue().key()).isEqualTo("annualContribution");
        assertThat(starterCondition.operand().isReadOnly()).isTrue();
        assertThat(shown.scoring().addConditionButton().isVisible()).isFalse();
        assertThat(shown.bands().rows().getFirst().minScore().isReadOnly()).isTrue();
        assertThat(shown.overrides().rows()).hasSize(1);
        assertThat(_find(dialog, Button.class, spec -> spec.withText(t("rating.versions.restore")))).hasSize(1);
    }

    @Test
    void removingAGroupThatHoldsConditionsAsksFirst() {
        RatingRulesView view = openAsAdmin();
        GroupEditor root = view.editor().scoring();
        _click(root.addGroupButton());
        GroupEditor group = (GroupEditor) root.children().getLast();
        _click(group.addConditionButton());
        int before = root.children().size();

        _click(group.removeButton());
        assertThat(_getText(_get(ConfirmDialog.class))).isEqualTo(t("rating.group.remove.text", 1));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(root.children()).hasSize(before - 1);

        _click(root.addGroupButton());
        _click(((GroupEditor) root.children().getLast()).removeButton());
        assertThat(root.children()).hasSize(before - 1);
    }

    @Test
    void leavingWithUnpublishedChangesAsksFirst() {
        RatingRulesView view = openAsAdmin();
        _click(view.editor().scoring().addConditionButton());

        UI.getCurrent().navigate(CustomersView.class);
        assertView(RatingRulesView.class);
        _fireConfirm(_get(ConfirmDialog.class));
        assertView(CustomersView.class);
    }

    @Test
    void onlyAdminsOpenTheRules() {
        login(tenants.addUser(company, Role.MANAGER));

        assertThatThrownBy(() -> UI.getCurrent().navigate(RatingRulesView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private RatingRulesView openAsAdmin() {
        login(company.admin());
        return navigate(RatingRulesView.class);
    }

    private static Operand operand(ConditionEditor condition, String key) {
        return condition.operand().getListDataView().getItems().filter(operand -> operand.key().equals(key))
                .findFirst().orElseThrow();
    }

    private static void removeOverrides(RatingRulesView view) {
        OverridesEditor overrides = view.editor().overrides();
        while (!overrides.rows().isEmpty()) {
            _click(_get(overrides.rows().getFirst(), Button.class,
                    spec -> spec.withText(t("rating.overrides.remove"))));
        }
    }

    private static String countOf(PreviewPanel preview, String grade, String kind) {
        var row = _get(preview.distribution(), Div.class,
                spec -> spec.withId("distribution-" + grade));
        var bar = _get(row, HorizontalLayout.class, spec -> spec.withClasses("rating-bar-" + kind));
        return _get(bar, Span.class, spec -> spec.withClasses("rating-bar-count")).getText();
    }

    private static Button versionButton(RatingRulesView view, int number, String textKey) {
        var actions = cell(view.versions().grid(), t("rating.versions.actions"), rowOf(view.versions().grid(),
                item -> item.number() == number));
        return _get(actions, Button.class, spec -> spec.withText(t(textKey)));
    }

    /** Polls as the browser would, once the recompute has had time to move on, until the progress bar is gone. */
    private static void awaitRecomputeInTheView(RatingRulesView view) {
        for (int attempt = 0; attempt < 500 && view.progress().isVisible(); attempt++) {
            pause();
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }
        assertThat(view.progress().isVisible()).isFalse();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String schema() {
        return TenantService.schemaFor(company.slug());
    }
}
