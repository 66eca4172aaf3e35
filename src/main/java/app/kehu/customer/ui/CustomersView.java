package app.kehu.customer.ui;

import app.kehu.common.ConcurrentEditException;
import app.kehu.common.NotFoundException;
import app.kehu.customer.ColumnFilter;
import app.kehu.customer.Customer;
import app.kehu.customer.ExportColumn;
import app.kehu.customer.CustomerExportService;
import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRegistry;
import app.kehu.fields.FieldType;
import app.kehu.fields.FieldValues;
import app.kehu.fields.SelectOption;
import app.kehu.security.UserSummary;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The customer statistics table: lazy-loaded, every column sortable and filterable, a quick search, and
 * add / edit / delete for those allowed to change customers.
 */
@Route("")
@Menu(order = 1, icon = "vaadin:table", title = "nav.customers")
@PermitAll
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerService customers;
    private final CustomerExportService exports;
    final Grid<Customer> grid = new Grid<>();
    final TextField search = new TextField();
    final Span total = new Span();
    private final Map<String, ColumnFilter> filters = new HashMap<>();
    private final Map<Long, String> ownerNames = new HashMap<>();
    private final DateTimeFormatter timestamps;
    private final DateTimeFormatter dates;

    public CustomersView(CustomerService customers, CustomerExportService exports) {
        this.customers = customers;
        this.exports = exports;
        this.timestamps = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        addClassName("view");
        setSizeFull();
        customers.owners().forEach(o -> ownerNames.put(o.id(), o.displayName()));

        search.setPlaceholder(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("customer-search");
        search.setWidth("20rem");

        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("nav.customers")), search, total);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWidthFull();
        if (customers.canEdit()) {
            Button add = new Button(getTranslation("customers.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("add-customer");
            Shortcuts.addShortcutListener(this, () -> openEditor(null), Key.KEY_N, KeyModifier.ALT);
            toolbar.add(add);
        }

        configureGrid();
        toolbar.add(exportLink());
        add(toolbar, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " · Kehu";
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setColumnReorderingAllowed(true);
        grid.setEmptyStateText(getTranslation("customers.empty"));
        List<FieldDefinition> fields = customers.fields();
        for (FieldDefinition field : fields) {
            Grid.Column<Customer> column = grid.addColumn(c -> display(field, c.get(field.key())))
                    .setHeader(field.label(getLocale())).setKey(field.key()).setSortable(true)
                    .setSortProperty(field.key()).setResizable(true).setWidth(widthOf(field)).setFlexGrow(0);
            if (field.type() == FieldType.TAGS) {
                column.setRenderer(new ComponentRenderer<>(c -> tagChips(c.get(field.key()))));
            }
        }
        HeaderRow filterRow = grid.appendHeaderRow();
        fields.forEach(field -> filterRow.getCell(grid.getColumnByKey(field.key())).setComponent(filterFor(field)));
        if (customers.canEdit()) {
            grid.addComponentColumn(this::rowActions).setHeader(getTranslation("common.actions")).setWidth("7rem")
                    .setFlexGrow(0).setFrozenToEnd(true);
            grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
            Shortcuts.addShortcutListener(grid, () -> grid.getSelectedItems().stream().findFirst()
                    .ifPresent(this::openEditor), Key.ENTER).listenOn(grid);
        }
        grid.setItems(query -> customers.list(query(query.getSortOrders()), query.getOffset(), query.getLimit())
                .stream(), query -> (int) Math.min(Integer.MAX_VALUE, customers.count(query(List.of()))));
    }

    private static String widthOf(FieldDefinition field) {
        return switch (field.type()) {
            case EMAIL -> "16rem";
            case PHONE, USER -> "10rem";
            case DATETIME -> "11rem";
            case TAGS, MULTI_SELECT -> "12rem";
            case LONG_TEXT -> "14rem";
            default -> field.maxLength() > 100 ? "14rem" : "9rem";
        };
    }

    private CustomerQuery query(List<QuerySortOrder> sortOrders) {
        List<CustomerQuery.SortKey> sort = sortOrders.stream()
                .map(o -> new CustomerQuery.SortKey(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList();
        return new CustomerQuery(search.getValue(), filters, sort);
    }

    /**
     * Downloads the view as it is on screen: visible columns in their order, the search, the filters and the
     * sort. The download runs in its own request, so it reads a snapshot taken in the UI thread.
     */
    private Anchor exportLink() {
        Anchor link = new Anchor((DownloadHandler) event -> {
            AtomicReference<ExportRequest> snapshot = new AtomicReference<>();
            event.getUI().accessSynchronously(() -> snapshot.set(exportRequest()));
            ExportRequest request = snapshot.get();
            event.setFileName("kehu-customers-" + LocalDate.now(request.zone()) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            exports.export(request.query(), request.columns(), request.zone(), request.locale(),
                    event.getOutputStream());
        }, "");
        Button button = new Button(getTranslation("customers.export"), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        link.add(button);
        link.setId("export-customers");
        link.getElement().setAttribute("download", true);
        return link;
    }

    private ExportRequest exportRequest() {
        Map<String, FieldDefinition> byKey = customers.fields().stream()
                .collect(Collectors.toMap(FieldDefinition::key, f -> f));
        List<ExportColumn> columns = grid.getColumns().stream()
                .filter(c -> c.isVisible() && byKey.containsKey(c.getKey()))
                .map(c -> new ExportColumn(c.getKey(), byKey.get(c.getKey()).label(getLocale())))
                .toList();
        List<QuerySortOrder> sort = grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection())).toList();
        return new ExportRequest(query(sort), columns, ZoneId.systemDefault(), getLocale());
    }

    private record ExportRequest(CustomerQuery query, List<ExportColumn> columns, ZoneId zone, Locale locale) {
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("customers.total", customers.count(query(List.of()))));
    }

    private Component filterFor(FieldDefinition field) {
        return switch (field.type()) {
            case USER -> {
                ComboBox<UserSummary> owner = new ComboBox<>();
                owner.setItems(customers.owners());
                owner.setItemLabelGenerator(UserSummary::displayName);
                owner.setClearButtonVisible(true);
                owner.addValueChangeListener(e -> applyFilter(field, e.getValue() == null ? null
                        : new ColumnFilter.Equals(e.getValue().id())));
                yield decorate(owner, field);
            }
            case DATE, DATETIME -> {
                DatePicker since = new DatePicker();
                since.setPlaceholder(getTranslation("customers.filter.since"));
                since.setClearButtonVisible(true);
                since.addValueChangeListener(e -> applyFilter(field, e.getValue() == null ? null
                        : new ColumnFilter.DateRange(e.getValue(), null)));
                yield decorate(since, field);
            }
            case SINGLE_SELECT, MULTI_SELECT -> {
                ComboBox<SelectOption> option = new ComboBox<>();
                option.setItems(field.options());
                option.setItemLabelGenerator(o -> o.label(getLocale()));
                option.setClearButtonVisible(true);
                option.addValueChangeListener(e -> applyFilter(field, e.getValue() == null ? null
                        : new ColumnFilter.AnyOf(List.of(e.getValue().value()))));
                yield decorate(option, field);
            }
            case BOOLEAN -> {
                ComboBox<Boolean> yesNo = new ComboBox<>();
                yesNo.setItems(true, false);
                yesNo.setItemLabelGenerator(this::yesNo);
                yesNo.setClearButtonVisible(true);
                yesNo.addValueChangeListener(e -> applyFilter(field, e.getValue() == null ? null
                        : new ColumnFilter.Equals(e.getValue())));
                yield decorate(yesNo, field);
            }
            default -> {
                TextField text = new TextField();
                text.setPlaceholder(getTranslation("customers.filter"));
                text.setClearButtonVisible(true);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.addValueChangeListener(e -> textFilter(field, text));
                yield decorate(text, field);
            }
        };
    }

    /** Text is searched for; numbers are matched exactly once the box holds one. */
    private void textFilter(FieldDefinition field, TextField box) {
        String value = box.getValue().strip();
        boolean textual = field.type().isTextual() || field.type().isMultiValued();
        boolean number = value.matches("[+-]?[0-9]+(\\.[0-9]+)?");
        box.setInvalid(!textual && !value.isEmpty() && !number);
        if (!box.isInvalid()) {
            applyFilter(field, value.isEmpty() ? null
                    : textual ? new ColumnFilter.Contains(value) : new ColumnFilter.Equals(value));
        }
    }

    private <C extends Component & HasSize> C decorate(C filter, FieldDefinition field) {
        filter.setId("filter-" + field.key());
        filter.setWidthFull();
        filter.getElement().setAttribute("aria-label", getTranslation("customers.filter") + " "
                + field.label(getLocale()));
        return filter;
    }

    private void applyFilter(FieldDefinition field, ColumnFilter filter) {
        if (filter == null) {
            filters.remove(field.key());
        } else {
            filters.put(field.key(), filter);
        }
        refresh();
    }

    private String display(FieldDefinition field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            // Owners who are no longer active (or joined after this view opened) are looked up once.
            case USER -> ownerNames.computeIfAbsent((Long) value,
                    id -> customers.ownerNames(List.of(id)).getOrDefault(id, "#" + id));
            case DATETIME -> timestamps.format((Instant) value);
            case DATE -> dates.format((LocalDate) value);
            case BOOLEAN -> yesNo((Boolean) value);
            case SINGLE_SELECT -> optionLabel(field, value);
            case TAGS, MULTI_SELECT -> ((Collection<?>) value).stream().map(v -> optionLabel(field, v))
                    .collect(Collectors.joining(", "));
            default -> FieldValues.toText(value);
        };
    }

    private String yesNo(Boolean value) {
        return getTranslation(Boolean.TRUE.equals(value) ? "common.yes" : "common.no");
    }

    private String optionLabel(FieldDefinition field, Object value) {
        return field.option(value.toString()).map(o -> o.label(getLocale())).orElse(value.toString());
    }

    private static Component tagChips(Object value) {
        HorizontalLayout chips = new HorizontalLayout();
        chips.setSpacing(false);
        ((Collection<?>) value).forEach(tag -> {
            Span chip = new Span(tag.toString());
            chip.addClassName("tag-chip");
            chips.add(chip);
        });
        return chips;
    }

    private Component rowActions(Customer customer) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(customer));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("customers.edit"));
        edit.setTooltipText(getTranslation("customers.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(customer));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("customers.delete"));
        delete.setTooltipText(getTranslation("customers.delete"));
        return new HorizontalLayout(edit, delete);
    }

    void openEditor(Customer customer) {
        Customer fresh = customer;
        if (customer != null) {
            try {
                fresh = customers.get(customer.id());
            } catch (NotFoundException e) {
                Notifications.error(getTranslation("customers.deleted-meanwhile"));
                refresh();
                return;
            }
        }
        new CustomerEditor(customers, fresh, saved -> refresh()).open();
    }

    void confirmDelete(Customer customer) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("customers.delete.title"));
        confirm.setText(getTranslation("customers.delete.text", customer.get(FieldRegistry.NAME)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("customers.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                customers.delete(customer.id(), customer.version());
                Notifications.success(getTranslation("customers.deleted", customer.get(FieldRegistry.NAME)));
            } catch (ConcurrentEditException | NotFoundException e) {
                Notifications.error(getTranslation("customers.conflict"));
            }
            refresh();
        });
        confirm.open();
    }
}
