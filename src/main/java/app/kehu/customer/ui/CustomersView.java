package app.kehu.customer.ui;

import app.kehu.common.ConcurrentEditException;
import app.kehu.common.NotFoundException;
import app.kehu.customer.ColumnFilter;
import app.kehu.customer.ColumnSetting;
import app.kehu.customer.Customer;
import app.kehu.customer.ExportColumn;
import app.kehu.customer.CustomerExportService;
import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerService;
import app.kehu.customer.SavedViewService;
import app.kehu.customer.ViewSettings;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRegistry;
import app.kehu.fields.FieldType;
import app.kehu.security.UserSummary;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

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
    private final SavedViewService views;
    final Grid<Customer> grid = new Grid<>();
    final TextField search = new TextField();
    final Span total = new Span();
    private final Map<String, ColumnFilter> filters = new HashMap<>();
    private final Map<String, FilterField<?>> filterFields = new LinkedHashMap<>();
    ColumnChooser columnChooser;
    SavedViewsBar savedViews;
    BulkActions bulkActions;
    InlineEditor inlineEditor;
    /** Set while a saved view is applied, so that its filters refresh the grid once, not one by one. */
    private boolean applying;
    private final FieldDisplay display;

    public CustomersView(CustomerService customers, CustomerExportService exports, SavedViewService views) {
        this.customers = customers;
        this.exports = exports;
        this.views = views;
        this.display = new FieldDisplay(customers, this, getLocale());
        addClassName("view");
        setSizeFull();

        search.setPlaceholder(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            if (!applying) {
                refresh();
            }
        });
        search.setId("customer-search");
        search.setWidth("20rem");

        // Two rows: what the table is and what to do with it; then how to look at it.
        H2 title = new H2(getTranslation("nav.customers"));
        title.addClassName("view-title");
        total.addClassName("view-total");
        HorizontalLayout heading = new HorizontalLayout(title, total);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWidthFull();
        heading.expand(total);
        if (customers.canEdit()) {
            Button add = new Button(getTranslation("customers.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("add-customer");
            Shortcuts.addShortcutListener(this, () -> openEditor(null), Key.KEY_N, KeyModifier.ALT);
            heading.add(add);
        }

        configureGrid();
        columnChooser = new ColumnChooser(grid, fieldLabels());
        savedViews = new SavedViewsBar(views, this::currentSettings, this::applySettings);
        heading.add(exportLink());
        HorizontalLayout tools = new HorizontalLayout(search, savedViews, columnChooser);
        tools.setAlignItems(Alignment.CENTER);
        tools.setWidthFull();
        tools.setWrap(true);
        add(heading, tools);
        if (customers.canEdit()) {
            bulkActions = new BulkActions(customers, grid, this::refresh);
            add(bulkActions);
        }
        add(grid);
        if (!savedViews.restoreLastUsed()) {
            refresh();
        }
    }

    FilterField<?> filter(String field) {
        return filterFields.get(field);
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
        // The fields the user may see; those they see only masked are neither sorted nor filtered (the service
        // refuses that, as it would reveal the full values).
        List<FieldDefinition> fields = customers.fields();
        Set<String> masked = customers.maskedFields();
        for (FieldDefinition field : fields) {
            Grid.Column<Customer> column = grid.addColumn(c -> display.text(field, c.get(field.key())))
                    .setHeader(field.label(getLocale())).setKey(field.key()).setSortProperty(field.key())
                    .setSortable(!masked.contains(field.key())) // after the sort property, which makes it sortable
                    .setResizable(true).setWidth(widthOf(field)).setFlexGrow(0);
            if (field.type() == FieldType.TAGS) {
                column.setRenderer(new ComponentRenderer<>(c -> tagChips(c.get(field.key()))));
            }
        }
        HeaderRow filterRow = grid.appendHeaderRow();
        List<UserSummary> owners = customers.owners();
        fields.forEach(field -> {
            FilterField<?> filter = FilterField.of(field, this, owners, this::applyFilter);
            filterFields.put(field.key(), filter);
            if (!masked.contains(field.key())) {
                filterRow.getCell(grid.getColumnByKey(field.key())).setComponent(filter.component());
            }
        });
        if (customers.canEdit()) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            Grid.Column<Customer> actions = grid.addComponentColumn(this::rowActions)
                    .setHeader(getTranslation("common.actions")).setWidth("13.5rem").setFlexGrow(0).setFrozenToEnd(true);
            inlineEditor = new InlineEditor(customers, grid, actions, saved -> refresh());
            grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
            Shortcuts.addShortcutListener(grid, () -> grid.getSelectedItems().stream().findFirst()
                    .filter(c -> !inlineEditor.isOpen()).ifPresent(this::openEditor), Key.ENTER).listenOn(grid);
        } else {
            // Those who only read open the customer's page instead of the editor.
            grid.addItemDoubleClickListener(e -> CustomerPageView.open(e.getItem().id()));
        }
        grid.setItems(query -> customers.list(query(query.getSortOrders()), query.getOffset(), query.getLimit())
                .stream(), query -> (int) Math.min(Integer.MAX_VALUE, customers.count(query(List.of()))))
                // A customer is the same row after a save changed its values and version.
                .setIdentifierProvider(Customer::id);
    }

    private Map<String, String> fieldLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        customers.fields().forEach(field -> labels.put(field.key(), field.label(getLocale())));
        return labels;
    }

    /** The grid as the user arranged it now, to be saved as a named view. */
    ViewSettings currentSettings() {
        List<ColumnSetting> columns = grid.getColumns().stream().filter(c -> filterFields.containsKey(c.getKey()))
                .map(c -> new ColumnSetting(c.getKey(), c.isVisible(), c.getWidth())).toList();
        List<CustomerQuery.SortKey> sort = grid.getSortOrder().stream()
                .map(o -> new CustomerQuery.SortKey(o.getSorted().getKey(), o.getDirection() == SortDirection.ASCENDING))
                .toList();
        return new ViewSettings(columns, search.getValue(), filters, sort);
    }

    /**
     * Arranges the grid as a saved view says: its columns first, in its order, then columns it does not know
     * (fields added since), then the actions. Settings of fields that no longer exist were dropped already.
     */
    void applySettings(ViewSettings settings) {
        applying = true;
        try {
            List<Grid.Column<Customer>> order = new ArrayList<>();
            settings.columns().stream().map(c -> grid.getColumnByKey(c.key())).filter(Objects::nonNull)
                    .forEach(order::add);
            grid.getColumns().stream().filter(c -> !order.contains(c)).forEach(order::add);
            grid.setColumnOrder(order);
            settings.columns().forEach(setting -> Optional.ofNullable(grid.getColumnByKey(setting.key()))
                    .ifPresent(column -> {
                        column.setVisible(setting.visible());
                        if (setting.width() != null) {
                            column.setWidth(setting.width());
                        }
                    }));
            search.setValue(settings.search() == null ? "" : settings.search());
            filterFields.forEach((key, filter) -> filter.show(settings.filters().get(key)));
            grid.sort(settings.sort().stream().map(key -> new GridSortOrder<>(grid.getColumnByKey(key.field()),
                    key.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)).toList());
        } finally {
            applying = false;
        }
        columnChooser.sync();
        refresh();
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
        Map<String, String> labels = fieldLabels();
        List<ExportColumn> columns = grid.getColumns().stream()
                .filter(c -> c.isVisible() && labels.containsKey(c.getKey()))
                .map(c -> new ExportColumn(c.getKey(), labels.get(c.getKey())))
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

    private void applyFilter(FieldDefinition field, ColumnFilter filter) {
        if (filter == null) {
            filters.remove(field.key());
        } else {
            filters.put(field.key(), filter);
        }
        if (!applying) {
            refresh();
        }
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
        return new HorizontalLayout(
                Actions.icon(VaadinIcon.USER_CARD, getTranslation("customers.open-page"),
                        () -> CustomerPageView.open(customer.id())),
                Actions.icon(VaadinIcon.PENCIL, getTranslation("customers.inline-edit"), () -> inlineEditor.edit(customer)),
                Actions.icon(VaadinIcon.EDIT, getTranslation("customers.edit"), () -> openEditor(customer)),
                Actions.icon(VaadinIcon.TRASH, getTranslation("customers.delete"), () -> confirmDelete(customer),
                        ButtonVariant.TERTIARY, ButtonVariant.ERROR));
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
        Actions.confirmDestructive(this, getTranslation("customers.delete.title"),
                getTranslation("customers.delete.text", customer.get(FieldRegistry.NAME)),
                getTranslation("customers.delete"), () -> {
                    try {
                        customers.delete(customer.id(), customer.version());
                        Notifications.success(getTranslation("customers.deleted", customer.get(FieldRegistry.NAME)));
                    } catch (ConcurrentEditException | NotFoundException e) {
                        Notifications.error(getTranslation("customers.conflict"));
                    }
                    refresh();
                });
    }
}
