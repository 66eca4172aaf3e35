package app.kehu.rating.ui;

import app.kehu.customer.Customer;
import app.kehu.customer.ui.CustomerPageSection;
import app.kehu.rating.RatingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;

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
        // Above the behaviour section: the grade and its reasons fit on a screen, the timeline grows without end.
        return 5;
    }

    @Override
    public Component create(Customer customer) {
        boolean manager = authentication.hasAnyRole("ADMIN", "MANAGER");
        return new GradePanel(rating, customer, manager);
    }
}
