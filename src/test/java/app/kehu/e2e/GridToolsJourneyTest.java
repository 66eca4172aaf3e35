package app.kehu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.CustomerService;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grid's tools in a real browser, where the UI tests cannot look: the column chooser's popover opens from
 * its button and hides a column, and a saved view brings that back after the page is loaded again.
 */
class GridToolsJourneyTest extends JourneyTest {

    private static final String SHOWN_COLUMNS =
            "return [...document.querySelectorAll('vaadin-grid-column')].filter(c => !c.hidden).length";

    @Autowired
    CustomerService customers;

    @Test
    void aColumnHiddenFromThePopoverStaysHiddenInTheSavedViewAfterAReload() {
        Company company = tenants.signUp();
        runAs.run(company.admin(), () -> customers.create(Map.of("name", "Li Lei", "phone", "13800138000")));
        browser.signIn(company.admin(), TestTenants.PASSWORD);
        browser.waitUntil(d -> browser.gridCells().contains("Li Lei"));
        long shown = (Long) browser.script(SHOWN_COLUMNS);

        clickBehindDevTools(By.id("column-chooser"));
        clickBehindDevTools(By.xpath("//vaadin-checkbox[./label[normalize-space()='Phone']]"));
        browser.waitUntil(d -> (Long) browser.script(SHOWN_COLUMNS) == shown - 1);

        clickBehindDevTools(By.id("save-view"));
        browser.type(browser.find(By.id("view-name")), "Without phone");
        browser.click(By.id("view-name-save"));

        browser.open("");
        browser.waitUntil(d -> browser.gridCells().contains("Li Lei"));
        assertThat(browser.find(By.cssSelector("#view-selector input")).getDomProperty("value"))
                .isEqualTo("Without phone");
        assertThat((Long) browser.script(SHOWN_COLUMNS)).isEqualTo(shown - 1);
    }

    /**
     * Development mode's tools float over the toolbar's right end, where these buttons sit in a narrow
     * headless window; the click goes to the element itself, as a user's would once the tools are moved.
     */
    private void clickBehindDevTools(By by) {
        browser.script("arguments[0].click()", browser.find(by));
        browser.waitUntilIdle();
    }
}
