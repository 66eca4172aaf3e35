package app.kehu.activity.ui;

import app.kehu.activity.ActivityService;
import app.kehu.customer.Customer;
import app.kehu.customer.ui.CustomerPageSection;
import com.vaadin.flow.component.Component;

/** The behaviour of a customer on their page, right below the main fields. */
@org.springframework.stereotype.Component
class BehaviourSection implements CustomerPageSection {

    private final ActivityService activity;

    BehaviourSection(ActivityService activity) {
        this.activity = activity;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(Customer customer) {
        return new BehaviourPanel(activity, customer.id());
    }
}
