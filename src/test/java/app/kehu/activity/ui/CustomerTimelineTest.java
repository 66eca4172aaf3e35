package app.kehu.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.activity.ActivityService;
import app.kehu.activity.NewEntry;
import app.kehu.customer.CustomerService;
import app.kehu.customer.ui.CustomerPageView;
import app.kehu.fields.FieldAccess;
import app.kehu.fields.FieldPermissionService;
import app.kehu.security.Role;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A customer's page: the figures, logging behaviour through the dialogs, the timeline, and who may do what. */
class CustomerTimelineTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    ActivityService activity;
    @Autowired
    FieldPermissionService permissions;

    Company company;
    long customerId;

    @BeforeEach
    void aCustomer() {
        company = tenants.signUp();
        customerId = runAs.call(company.admin(), () -> customers.create(Map.of("name", "李雷", "company", "联信科技")))
                .id();
    }

    @Test
    void theTimelineStartsEmptyAndShowsWhatIsLoggedNewestFirstWhileTheFiguresFollow() {
        open(company.admin());
        assertThat(_get(H2.class, spec -> spec.withText("李雷"))).isNotNull();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("李雷 · Kehu");
        assertThat(_get(Div.class, spec -> spec.withId("customer-summary")).getElement().getTextRecursively())
                .contains("联信科技");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("timeline-empty"))
                .getText()).isEqualTo(t("activity.timeline.empty"));
        assertThat(figure("annual")).isEqualTo("0.00");
        assertThat(figure("days-since-contact")).isEqualTo("–");

        click("log-interaction");
        _setValue(byId(TextArea.class, "entry-summary"), "电话沟通,客户要报价");
        click("save-entry");
        click("log-purchase");
        _setValue(byId(BigDecimalField.class, "entry-amount"), new BigDecimal("1200"));
        _setValue(byId(TextField.class, "entry-product"), "茶叶礼盒");
        click("save-entry");

        assertThat(titles()).containsExactly(t("activity.kind.purchase") + " · 茶叶礼盒 · 1,200.00",
                t("activity.kind.interaction") + " · " + t("activity.channel.call"));
        assertThat(figure("annual")).isEqualTo("1,200.00");
        assertThat(figure("purchases")).isEqualTo(t("activity.figure.purchases.value", 1, "0.1"));
        assertThat(figure("days-since-contact")).isEqualTo(t("activity.figure.days", 0));
        assertThat(figure("stage")).isEqualTo(t("activity.stage.new"));
    }

    @Test
    void aDialogShowsTheServicesErrorsNextToItsFieldsAndStaysOpen() {
        open(company.admin());

        click("log-purchase");
        _setValue(byId(DatePicker.class, "entry-purchasedOn"), LocalDate.now().plusDays(1));
        click("save-entry");

        assertThat(errorOf(byId(DatePicker.class, "entry-purchasedOn"))).isEqualTo(t("activity.error.future"));
        assertThat(errorOf(byId(BigDecimalField.class, "entry-amount"))).isEqualTo(t("validation.required"));
        assertThat(errorOf(byId(TextField.class, "entry-product"))).isEqualTo(t("validation.required"));
        _assertOne(Dialog.class);
        assertThat(titles()).isEmpty();
    }

    @Test
    void anEntryIsDeletedOnlyAfterConfirmingAndAnOpenRequestCanBeClosed() {
        runAs.run(company.admin(), () -> {
            activity.log(customerId, new NewEntry.ServiceRequest(LocalDate.now().minusDays(1), "发票问题"));
            activity.log(customerId, new NewEntry.Feedback(LocalDate.now().minusDays(2), 4, "服务不错"));
        });
        open(company.admin());
        assertThat(figure("open-requests")).isEqualTo("1");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", t("activity.request.close"))));
        click("save-entry");
        assertThat(figure("open-requests")).isEqualTo("0");
        assertThat(texts("timeline-text")).contains(t("activity.request.closed",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale())
                        .format(LocalDate.now())));

        List<Button> deletes = _find(Button.class, spec -> spec.withAttribute("aria-label", t("activity.delete")));
        _click(deletes.getLast());
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications(t("activity.deleted"));
        assertThat(titles()).containsExactly(t("activity.kind.service_request") + " · 发票问题");
        assertThat(figure("satisfaction")).isEqualTo("–");
    }

    @Test
    void viewersReadThePageButFindNothingToLogOrChange() {
        runAs.run(company.admin(), () -> activity.log(customerId, new NewEntry.Campaign("双十一", LocalDate.now(), true)));
        open(tenants.addUser(company, Role.VIEWER));

        assertThat(titles()).containsExactly(t("activity.kind.campaign") + " · 双十一");
        assertThat(figure("response-rate")).isEqualTo("100 %");
        _assertNone(Button.class, spec -> spec.withId("log-interaction"));
        _assertNone(Button.class, spec -> spec.withId("edit-customer"));
        _assertNone(Button.class, spec -> spec.withAttribute("aria-label", t("activity.delete")));
        assertThat(byId(DatePicker.class, "next-follow-up").isReadOnly()).isTrue();
    }

    @Test
    void theNextFollowUpIsSetOnThePageAndAPastDayIsRefused() {
        open(company.admin());
        DatePicker followUp = byId(DatePicker.class, "next-follow-up");

        _setValue(followUp, LocalDate.now().minusDays(1));
        assertThat(errorOf(followUp)).isEqualTo(t("activity.error.follow-up-past"));

        _setValue(followUp, LocalDate.now().plusDays(3));
        expectNotifications(t("activity.follow-up.saved"));
        assertThat(runAs.call(company.admin(), () -> customers.get(customerId).get("nextFollowUp")))
                .isEqualTo(LocalDate.now().plusDays(3));
    }

    @Test
    void staffOpeningSomebodyElsesCustomerFindNothing() {
        login(tenants.addUser(company, Role.STAFF));

        UI.getCurrent().navigate("customers/" + customerId);

        assertThat(_get(H2.class).getText()).isEqualTo(t("error.not-found.title"));
        _assertNone(Div.class, spec -> spec.withId("timeline"));
    }

    @Test
    void figuresOfFieldsHiddenFromARoleAreNotShownToIt() {
        runAs.run(company.admin(), () -> {
            permissions.set("annualContribution", Role.VIEWER, FieldAccess.HIDDEN, false);
            permissions.set("nextFollowUp", Role.VIEWER, FieldAccess.HIDDEN, false);
        });
        String viewer = tenants.addUser(company, Role.VIEWER);
        open(viewer);

        _assertNone(Div.class, spec -> spec.withId("figure-annual"));
        assertThat(figure("stage")).isEqualTo(t("activity.stage.prospect"));
        _assertNone(DatePicker.class, spec -> spec.withId("next-follow-up"));
        assertThat(runAs.call(viewer, () -> activity.aggregates(customerId).annualContribution())).isNull();
    }

    private void open(String email) {
        login(email);
        CustomerPageView.open(customerId);
        assertView(CustomerPageView.class);
    }

    private static String figure(String key) {
        Div tile = byId(Div.class, "figure-" + key);
        return _get(tile, Span.class, spec -> spec.withClasses("figure-value")).getText();
    }

    private static List<String> titles() {
        return texts("timeline-title");
    }

    private static List<String> texts(String className) {
        return _find(Div.class, spec -> spec.withClasses(className)).stream()
                .map(div -> div.getElement().getTextRecursively()).toList();
    }
}
