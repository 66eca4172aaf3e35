package app.kehu.rating.ui;

import app.kehu.customer.Customer;
import app.kehu.customer.ui.CustomerPageSection;
import app.kehu.rating.Operand;
import app.kehu.rating.RatingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The grade part of a customer's page: the grade, why, its history and, for managers, a grade set by hand. */
@org.springframework.stereotype.Component
class GradeSection implements CustomerPageSection {

    private final RatingService rating;
    private final AuthenticationContext authentication;

    GradeSection(RatingService rating, AuthenticationContext authentication) {
        this.rating = rating;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(Customer customer) {
        boolean manager = authentication.hasAnyRole("ADMIN", "MANAGER");
        return new GradePanel(rating, customer, manager, operandLabels(UI.getCurrent().getLocale()));
    }

    /** Field labels for the reasons; only admins may list operands, others read the operand keys. */
    private Function<String, String> operandLabels(Locale locale) {
        if (!authentication.hasRole("ADMIN")) {
            return Function.identity();
        }
        Map<String, Operand> operands = rating.operands().stream()
                .collect(Collectors.toMap(Operand::key, Function.identity(), (a, b) -> a));
        return key -> operands.containsKey(key) ? operands.get(key).label().in(locale) : key;
    }
}
