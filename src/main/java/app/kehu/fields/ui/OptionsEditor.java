package app.kehu.fields.ui;

import app.kehu.fields.SelectOption;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The choices of a select field: one row per option (stored value, Chinese and English label, colour), which
 * the admin adds, removes and moves up or down. The service's complaints about options show under the list.
 */
class OptionsEditor extends CustomField<List<SelectOption>> implements HasValidation {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<OptionRow> options = new ArrayList<>();

    OptionsEditor() {
        setLabel(getTranslation("fields.options"));
        setId("field-options");
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(getTranslation("fields.options.add"), VaadinIcon.PLUS.create(),
                click -> {
                    addRow(new SelectOption("", "", "", null));
                    updateValue();
                });
        add.setId("add-option");
        add.addThemeVariants(ButtonVariant.SMALL);
        add(new VerticalLayout(rows, add));
    }

    @Override
    protected List<SelectOption> generateModelValue() {
        return options.stream().map(OptionRow::option).toList();
    }

    @Override
    protected void setPresentationValue(List<SelectOption> value) {
        options.clear();
        rows.removeAll();
        (value == null ? List.<SelectOption>of() : value).forEach(this::addRow);
    }

    private void addRow(SelectOption option) {
        OptionRow row = new OptionRow(option);
        options.add(row);
        rows.add(row);
    }

    private void move(OptionRow row, int by) {
        int from = options.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= options.size()) {
            return;
        }
        options.remove(from);
        options.add(to, row);
        rows.removeAll();
        options.forEach(rows::add);
        updateValue();
    }

    private void remove(OptionRow row) {
        options.remove(row);
        rows.remove(row);
        updateValue();
    }

    /** One option's inputs and the buttons that move or remove it. */
    private final class OptionRow extends HorizontalLayout {

        final TextField value = new TextField();
        final TextField labelZh = new TextField();
        final TextField labelEn = new TextField();
        final TextField colour = new TextField();

        OptionRow(SelectOption option) {
            setAlignItems(Alignment.BASELINE);
            addClassName("option-row");
            value.setPlaceholder(getTranslation("fields.option.value"));
            value.setAriaLabel(getTranslation("fields.option.value"));
            labelZh.setPlaceholder(getTranslation("fields.option.label-zh"));
            labelZh.setAriaLabel(getTranslation("fields.option.label-zh"));
            labelEn.setPlaceholder(getTranslation("fields.option.label-en"));
            labelEn.setAriaLabel(getTranslation("fields.option.label-en"));
            colour.setPlaceholder("#1a2b3c");
            colour.setAriaLabel(getTranslation("fields.option.colour"));
            colour.setWidth("7em");
            value.setValue(nullToEmpty(option.value()));
            labelZh.setValue(nullToEmpty(option.labelZh()));
            labelEn.setValue(nullToEmpty(option.labelEn()));
            colour.setValue(nullToEmpty(option.colour()));
            List.of(value, labelZh, labelEn, colour).forEach(f -> f.addValueChangeListener(e -> updateValue()));
            add(value, labelZh, labelEn, colour,
                    iconButton(VaadinIcon.ARROW_UP, "fields.option.up", () -> move(this, -1)),
                    iconButton(VaadinIcon.ARROW_DOWN, "fields.option.down", () -> move(this, 1)),
                    iconButton(VaadinIcon.TRASH, "fields.option.remove", () -> remove(this)));
        }

        SelectOption option() {
            return new SelectOption(value.getValue(), labelZh.getValue(), labelEn.getValue(), colour.getValue());
        }

        private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
            Button button = new Button(icon.create(), click -> action.run());
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            button.setAriaLabel(getTranslation(labelKey));
            button.setTooltipText(getTranslation(labelKey));
            return button;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
