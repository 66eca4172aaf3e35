package app.kehu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.CustomerService;
import app.kehu.security.Role;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A custom field from design to daily use, in a real browser: the admin adds a single select with options in
 * the field designer; a salesperson then filters the customer table by it from its header filter.
 */
class CustomFieldJourneyTest extends JourneyTest {

    @Autowired
    CustomerService customers;

    @Test
    void anAdminDesignsASelectFieldAndStaffFilterTheirCustomersByIt() {
        Company company = tenants.signUp();
        String staff = tenants.addUser(company, Role.STAFF);

        browser.signIn(company.admin(), TestTenants.PASSWORD);
        browser.find(By.tagName("vaadin-grid"));
        browser.open("fields");
        browser.click(By.id("add-field"));
        browser.type(browser.find(By.id("field-key")), "tier");
        browser.type(browser.find(By.id("field-type")), "Single select");
        browser.type(browser.find(By.id("field-label-zh")), "客户层级");
        browser.type(browser.find(By.id("field-label-en")), "Tier");
        browser.click(By.id("field-filterable"));
        browser.click(By.id("add-option"));
        browser.click(By.id("add-option"));
        fillOption(0, "gold", "金牌", "Gold");
        fillOption(1, "silver", "银牌", "Silver");
        browser.click(By.id("save-field"));
        browser.waitUntil(d -> browser.gridCells().contains("tier"));

        runAs.run(staff, () -> {
            customers.create(Map.of("name", "Gold Trading", "tier", "gold"));
            customers.create(Map.of("name", "Silver Studio", "tier", "silver"));
        });
        browser.driver().manage().deleteAllCookies();
        browser.signIn(staff, TestTenants.PASSWORD);
        browser.waitUntil(d -> browser.gridCells().containsAll(List.of("Gold Trading", "Silver Studio")));

        WebElement tierFilter = browser.find(By.id("filter-tier")); // the new column is the last, off screen
        browser.script("arguments[0].scrollIntoView({block: 'nearest', inline: 'center'})", tierFilter);
        chooseOption(tierFilter, "Gold");

        browser.waitUntil(d -> !browser.gridCells().contains("Silver Studio"));
        assertThat(browser.gridCells()).contains("Gold Trading").doesNotContain("Silver Studio");
    }

    /** Types an option's label into a filter's combo box and picks it with Enter, as a user choosing from the list. */
    private void chooseOption(WebElement comboBox, String label) {
        WebElement input = comboBox.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(label);
        browser.waitUntil(d -> comboBox.getDomAttribute("opened") != null);
        input.sendKeys(Keys.ENTER);
        browser.waitUntilIdle();
    }

    /** Types an option's value and labels into its row of the options editor; the colour stays empty. */
    private void fillOption(int row, String value, String zh, String en) {
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector(".option-row")).get(row)
                .findElements(By.tagName("vaadin-text-field"));
        browser.type(inputs.get(0), value);
        browser.type(inputs.get(1), zh);
        browser.type(inputs.get(2), en);
    }
}
