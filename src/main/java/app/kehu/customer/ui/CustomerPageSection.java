package app.kehu.customer.ui;

import app.kehu.customer.Customer;
import com.vaadin.flow.component.Component;

/**
 * A part of a customer's page that another feature contributes (behaviour timeline, grade and its reasons).
 * Implementations are Spring beans; the page collects them, so the customer feature depends on none of the
 * features that build on it.
 */
public interface CustomerPageSection {

    /** Where the section sits on the page, lower first. */
    int order();

    /** A fresh component for this customer, built each time the page opens. */
    Component create(Customer customer);
}
