package app.kehu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.CustomerService;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin changes the grading rules in a real browser and publishes them; once the recompute is done, the
 * customer's grade in the customer grid is the new one.
 */
class RatingJourneyTest extends JourneyTest {

    @Autowired
    CustomerService customers;

    @Test
    void anAdminPublishesARuleAndTheCustomersGradeChangesInTheGrid() {
        Company company = tenants.signUp();
        runAs.run(company.admin(), () -> customers.create(Map.of("name", "Li Lei")));
        browser.signIn(company.admin(), TestTenants.PASSWORD);
        browser.waitUntil(d -> browser.gridCells().contains("Li Lei"));
        assertThat(browser.gridCells()).contains("D Dormant customer");

        browser.open("rating");
        clickBehindDevTools(By.xpath("//vaadin-button[normalize-space()='Remove override']"));
        browser.click(By.id("publish"));
        browser.find(By.cssSelector("vaadin-text-area textarea")).sendKeys("Grade by contribution only");
        browser.click(By.id("confirm-publish"));
        browser.waitUntil(d -> browser.gridCells().contains("Grade by contribution only")
                && d.findElements(By.id("recompute-text")).stream().noneMatch(WebElement::isDisplayed));
        browser.open("");
        browser.waitUntil(d -> browser.gridCells().contains("Li Lei"));
        assertThat(browser.gridCells()).contains("C Regular customer").doesNotContain("D Dormant customer");
    }

    /** Development mode's tools float over the page's lower right, where this button may sit when headless. */
    private void clickBehindDevTools(By by) {
        browser.script("arguments[0].click()", browser.find(by));
        browser.waitUntilIdle();
    }
}
