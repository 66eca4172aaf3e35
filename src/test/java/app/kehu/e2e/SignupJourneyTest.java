package app.kehu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import com.vaadin.flow.server.Mode;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a new company does first, in a real browser against the running application: signs up, lands in its
 * empty customer table, adds a customer and sees it there; and what a returning user does: signs in.
 *
 * <p>The application runs in Vaadin development mode from Vaadin's prebuilt dev bundle, so no Node is needed;
 * {@link #uiIsServedFromThePrebuiltDevBundle()} keeps it that way.
 */
class SignupJourneyTest extends JourneyTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebApplicationContext web;

    @Test
    void aNewCompanySignsUpAndAddsItsFirstCustomer() {
        String slug = "journey" + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
        String company = "Journey Trading " + slug;
        String email = "boss@" + slug + ".test";

        browser.open("signup");
        browser.type(browser.field("Company name"), company);
        WebElement slugField = browser.field("Workspace ID");
        browser.waitUntil(d -> !slugField.findElement(By.cssSelector("input")).getDomProperty("value").isEmpty());
        browser.type(slugField, slug);
        browser.type(browser.field("Your name"), "Wang Boss");
        browser.type(browser.field("Your work e-mail"), email);
        browser.type(browser.field("Password"), TestTenants.PASSWORD);
        browser.type(browser.field("Confirm password"), TestTenants.PASSWORD);
        browser.click(By.id("signup-submit"));

        browser.find(By.tagName("vaadin-grid"));
        assertThat(browser.path()).isEmpty();
        assertThat(browser.find(By.className("tenant-name")).getText()).isEqualTo(company);
        assertThat(browser.find(By.className("current-user")).getText()).isEqualTo("Wang Boss");

        browser.click(By.id("add-customer"));
        browser.type(browser.find(By.id("field-name")), "Li Lei " + slug);
        browser.click(By.id("save-customer"));

        browser.waitUntil(d -> browser.gridCells().contains("Li Lei " + slug));
        browser.waitUntil(d -> d.findElements(By.id("field-name")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void aUserSignsInThroughTheLoginFormAndSeesTheCustomerTable() {
        Company company = tenants.signUp();

        browser.signIn(company.admin(), TestTenants.PASSWORD);

        browser.find(By.tagName("vaadin-grid"));
        assertThat(browser.path()).isEmpty();
        assertThat(browser.find(By.className("tenant-name")).getText()).isEqualTo("Company " + company.slug());
        browser.waitUntil(d -> browser.gridCells().contains("Name"));
    }

    @Test
    void uiIsServedFromThePrebuiltDevBundle() {
        Mode mode = ApplicationConfiguration.get(new VaadinServletContext(web.getServletContext())).getMode();
        assertThat(mode).isEqualTo(Mode.DEVELOPMENT_BUNDLE);

        browser.open("login");
        assertThat(browser.script("return !!customElements.get('vaadin-login-form')"
                + " && !!document.querySelector('script[src*=\"VAADIN/build/\"]')")).isEqualTo(true);
    }
}
