package app.kehu.customer.ui;

import app.kehu.common.NotFoundException;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRegistry;
import app.kehu.fields.Section;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One customer's page: the main fields at a glance with a way to edit them, then what other features contribute
 * (behaviour, grade) as {@link CustomerPageSection}s. A customer the user may not see does not exist for them.
 */
@Route("customers/:id")
@PermitAll
public class CustomerPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ID = "id";

    private final CustomerService customers;
    private final ObjectProvider<CustomerPageSection> sections;
    private Customer customer;

    public CustomerPageView(CustomerService customers, ObjectProvider<CustomerPageSection> sections) {
        this.customers = customers;
        this.sections = sections;
        addClassNames("view", "customer-page");
    }

    /** Shows the customer's page. */
    public static void open(long customerId) {
        UI.getCurrent().navigate(CustomerPageView.class, new RouteParameters(ID, Long.toString(customerId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Customer> found = event.getRouteParameters().getLong(ID).flatMap(this::find);
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return (customer == null ? "" : name() + " · ") + "Kehu";
    }

    private Optional<Customer> find(long id) {
        try {
            return Optional.of(customers.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private void show(Customer shown) {
        customer = shown;
        removeAll();
        RouterLink back = new RouterLink(getTranslation("customers.page.back"), CustomersView.class);
        back.addClassName("back-link");
        H2 title = new H2(name());
        title.addClassName("view-title");
        HorizontalLayout heading = new HorizontalLayout(title);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWidthFull();
        heading.expand(title);
        if (customers.canEdit()) {
            Button edit = new Button(getTranslation("customers.edit"), VaadinIcon.EDIT.create(), click -> edit());
            edit.setId("edit-customer");
            heading.add(edit);
        }
        add(back, heading, summary());
        sections.orderedStream().sorted(Comparator.comparingInt(CustomerPageSection::order))
                .forEach(section -> add(section.create(customer)));
    }

    /** The first section's fields that have a value, read-only. */
    private Div summary() {
        FieldDisplay display = new FieldDisplay(customers, this, getLocale());
        List<Section> all = customers.sections();
        String first = all.isEmpty() ? null : all.getFirst().key();
        Div summary = new Div();
        summary.addClassName("customer-summary");
        summary.setId("customer-summary");
        for (FieldDefinition field : customers.fields()) {
            String text = display.text(field, customer.get(field.key()));
            if (field.section().equals(first) && !text.isEmpty()) {
                Span label = new Span(field.label(getLocale()));
                label.addClassName("summary-label");
                Span value = new Span(text);
                value.addClassName("summary-value");
                Div item = new Div(label, value);
                item.addClassName("summary-item");
                summary.add(item);
            }
        }
        return summary;
    }

    private void edit() {
        Optional<Customer> fresh = find(customer.id());
        if (fresh.isEmpty()) {
            gone();
            return;
        }
        new CustomerEditor(customers, fresh.get(), saved -> {
            if (saved == null) {
                gone();
            } else {
                find(saved.id()).ifPresentOrElse(this::show, this::gone);
            }
        }).open();
    }

    private void gone() {
        Notifications.error(getTranslation("customers.deleted-meanwhile"));
        UI.getCurrent().navigate(CustomersView.class);
    }

    private String name() {
        return String.valueOf(customer.get(FieldRegistry.NAME));
    }
}
