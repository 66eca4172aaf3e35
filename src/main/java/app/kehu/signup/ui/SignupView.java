package app.kehu.signup.ui;

import app.kehu.common.ValidationException;
import app.kehu.fields.FieldTemplate;
import app.kehu.signup.SignupRequest;
import app.kehu.signup.SignupService;
import app.kehu.ui.FormErrors;
import app.kehu.ui.LanguageSwitcher;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** A company signs up: it gets its own workspace and its first admin is signed in at once. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignupView extends Main implements HasDynamicTitle {

    private final SignupService signups;
    final TextField companyName = new TextField();
    final TextField slug = new TextField();
    final TextField adminName = new TextField();
    final TextField email = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Select<FieldTemplate> template = new Select<>();
    private final ProgressBar strength = new ProgressBar(0, 4);
    private boolean slugEdited;

    public SignupView(SignupService signups) {
        this.signups = signups;
        addClassName("auth-page");

        companyName.setLabel(getTranslation("signup.company"));
        companyName.setPlaceholder(getTranslation("signup.company.placeholder"));
        companyName.setValueChangeMode(ValueChangeMode.LAZY);
        companyName.addValueChangeListener(e -> {
            if (!slugEdited) {
                slug.setValue(signups.suggestSlug(e.getValue()));
            }
        });
        slug.setLabel(getTranslation("signup.slug"));
        slug.setHelperText(getTranslation("signup.slug.help"));
        slug.addValueChangeListener(e -> slugEdited |= e.isFromClient());
        adminName.setLabel(getTranslation("signup.admin-name"));
        email.setLabel(getTranslation("signup.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("password.rules"));
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.addValueChangeListener(e -> showStrength(e.getValue()));
        confirmPassword.setLabel(getTranslation("signup.confirm-password"));
        template.setLabel(getTranslation("signup.template"));
        template.setHelperText(getTranslation("signup.template.help"));
        template.setId("signup-template");
        template.setItems(signups.templates());
        template.setItemLabelGenerator(t -> t == null ? getTranslation("signup.template.none") : t.name(getLocale()));
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("signup.template.none"));
        strength.getElement().setAttribute("aria-label", getTranslation("signup.strength"));

        Button submit = new Button(getTranslation("signup.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("signup-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit.setEnabled(true));

        FormLayout form = new FormLayout(companyName, slug, adminName, email, password, strength, confirmPassword,
                template);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div card = new Div(new H2(getTranslation("signup.title")), form, submit,
                new Anchor("login", getTranslation("signup.login-link")));
        card.addClassName("auth-card");
        H1 brand = new H1("Kehu 客户");
        brand.addClassName("brand");
        add(new LanguageSwitcher(), brand, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · Kehu";
    }

    private void showStrength(String value) {
        int score = signups.passwordStrength(value);
        strength.setValue(score);
        strength.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        strength.addThemeVariants(score >= 3 ? ProgressBarVariant.LUMO_SUCCESS : ProgressBarVariant.LUMO_ERROR);
    }

    private void submit() {
        Map<String, HasValidation> fields = Map.of("companyName", companyName, "slug", slug, "adminName", adminName,
                "email", email, "password", password, "confirmPassword", confirmPassword, "template", template);
        FormErrors.clear(fields);
        if (!password.getValue().equals(confirmPassword.getValue())) {
            confirmPassword.setErrorMessage(getTranslation("signup.error.password-mismatch"));
            confirmPassword.setInvalid(true);
            return;
        }
        try {
            signups.signupAndLogin(new SignupRequest(companyName.getValue(), slug.getValue(), adminName.getValue(),
                    email.getValue(), password.getValue(),
                    template.getValue() == null ? null : template.getValue().id()));
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (ValidationException e) {
            FormErrors.show(this, e, fields);
        }
    }
}
