package app.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.NotFoundException;
import app.kehu.security.Role;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Saved grid views: personal or shared, within one tenant, remembered as last used, robust to field changes. */
class SavedViewTest extends IntegrationTest {

    static final ViewSettings SHANGHAI_BY_NAME = new ViewSettings(
            List.of(new ColumnSetting("name", true, "12rem"), new ColumnSetting("phone", false, null)),
            "li", Map.of("region", new ColumnFilter.Contains("Shanghai"), "owner", new ColumnFilter.Equals(7L),
                    "createdAt", new ColumnFilter.DateRange(LocalDate.of(2026, 1, 1), null)),
            List.of(new CustomerQuery.SortKey("name", false)));

    @Autowired
    SavedViewService views;

    Company acme;
    String manager;
    String alice;
    String bob;

    @BeforeEach
    void team() {
        acme = tenants.signUp();
        manager = tenants.addUser(acme, Role.MANAGER);
        alice = tenants.addUser(acme, Role.STAFF);
        bob = tenants.addUser(acme, Role.STAFF);
    }

    @Test
    void aSavedViewComesBackWithEverySetting() {
        SavedView saved = runAs.call(alice, () -> views.save(" Shanghai leads ", false, SHANGHAI_BY_NAME));

        SavedView opened = runAs.call(alice, () -> views.open(saved.id()));

        assertThat(opened.name()).isEqualTo("Shanghai leads");
        assertThat(opened.settings()).isEqualTo(SHANGHAI_BY_NAME);
        assertThat(opened.mine()).isTrue();
        assertThat(jdbc.auditTrail(acme.slug())).last().isEqualTo("CREATE SavedView#" + saved.id());
    }

    @Test
    void personalViewsAreTheOwnersAndSharedOnesEveryonesInTheTenant() {
        runAs.run(alice, () -> views.save("Alice's", false, SHANGHAI_BY_NAME));
        SavedView team = runAs.call(manager, () -> views.save("Team", true, SHANGHAI_BY_NAME));
        Company globex = tenants.signUp();

        assertThat(names(alice)).containsExactly("Alice's", "Team");
        assertThat(names(bob)).containsExactly("Team");
        assertThat(names(manager)).containsExactly("Team");
        assertThat(names(globex.admin())).isEmpty();
        assertThatThrownBy(() -> runAs.run(globex.admin(), () -> views.open(team.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAdminsAndManagersShare() {
        assertThatThrownBy(() -> runAs.run(alice, () -> views.save("Mine for all", true, SHANGHAI_BY_NAME)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.call(alice, views::canShare)).isFalse();
        assertThat(runAs.call(manager, views::canShare)).isTrue();
    }

    @Test
    void namesAreRequiredAndUniquePerOwner() {
        runAs.run(alice, () -> views.save("Mine", false, SHANGHAI_BY_NAME));

        assertThat(Errors.of(() -> runAs.run(alice, () -> views.save("  ", false, SHANGHAI_BY_NAME))))
                .containsExactly("name=validation.required");
        assertThat(Errors.of(() -> runAs.run(alice, () -> views.save("Mine", false, SHANGHAI_BY_NAME))))
                .containsExactly("name=validation.view-name-taken");
        assertThat(Errors.of(() -> runAs.run(alice, () -> views.save("x".repeat(101), false, SHANGHAI_BY_NAME))))
                .containsExactly("name=validation.too-long");
        assertThat(Errors.of(() -> runAs.run(bob, () -> views.save("Mine", false, SHANGHAI_BY_NAME)))).isEmpty();
    }

    @Test
    void ownersRenameAndDeleteTheirViewsOthersCannot() {
        SavedView team = runAs.call(manager, () -> views.save("Team", true, SHANGHAI_BY_NAME));
        SavedView alices = runAs.call(alice, () -> views.save("Alice's", false, SHANGHAI_BY_NAME));

        assertThat(runAs.call(manager, () -> views.rename(team.id(), "Team East")).name()).isEqualTo("Team East");
        assertThat(jdbc.latestChanges(acme.slug())).containsExactly("savedView.name: Team -> Team East");
        assertThatThrownBy(() -> runAs.run(alice, () -> views.rename(team.id(), "Hijacked")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.run(alice, () -> views.delete(team.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.run(manager, () -> views.delete(alices.id())))
                .as("personal views are invisible to others").isInstanceOf(NotFoundException.class);

        runAs.run(alice, () -> views.delete(alices.id()));
        assertThat(names(alice)).containsExactly("Team East");
    }

    @Test
    void adminsMayDeleteSharedViewsOfOthers() {
        SavedView team = runAs.call(manager, () -> views.save("Team", true, SHANGHAI_BY_NAME));
        assertThat(runAs.call(acme.admin(), views::list)).singleElement()
                .satisfies(v -> assertThat(v.deletable()).isTrue()).satisfies(v -> assertThat(v.mine()).isFalse());

        runAs.run(acme.admin(), () -> views.delete(team.id()));

        assertThat(names(manager)).isEmpty();
        assertThat(jdbc.auditTrail(acme.slug())).last().isEqualTo("DELETE SavedView#" + team.id());
    }

    @Test
    void theLastOpenedViewIsRememberedPerUser() {
        SavedView first = runAs.call(alice, () -> views.save("First", false, SHANGHAI_BY_NAME));
        SavedView team = runAs.call(manager, () -> views.save("Team", true, SHANGHAI_BY_NAME));
        assertThat(runAs.call(alice, views::lastUsed)).map(SavedView::id).contains(first.id());

        runAs.run(alice, () -> views.open(team.id()));
        assertThat(runAs.call(alice, views::lastUsed)).map(SavedView::id).contains(team.id());
        assertThat(runAs.call(bob, views::lastUsed)).isEmpty();
        assertThat(runAs.call(manager, views::lastUsed)).map(SavedView::id).contains(team.id());

        runAs.run(manager, () -> views.delete(team.id()));
        assertThat(runAs.call(alice, views::lastUsed)).as("deleted meanwhile").isEmpty();

        runAs.run(alice, () -> views.open(first.id()));
        runAs.run(alice, views::forgetLastUsed);
        assertThat(runAs.call(alice, views::lastUsed)).isEmpty();
    }

    @Test
    void settingsOfFieldsThatNoLongerExistAreIgnored() {
        SavedView saved = runAs.call(alice, () -> views.save("Old", false, SHANGHAI_BY_NAME));
        jdbc.template().update("UPDATE \"" + TenantService.schemaFor(acme.slug()) + "\".saved_view SET settings = ?"
                + " WHERE id = ?", """
                {"columns":[{"key":"cf_archived","visible":true},{"key":"name","visible":true,"width":"9rem"}],
                 "search":null,
                 "filters":{"cf_archived":{"contains":"x"},"region":{"contains":"Beijing"},"tags":{"future":1}},
                 "sort":[{"field":"cf_archived","ascending":true},{"field":"region","ascending":false}]}
                """, saved.id());

        ViewSettings settings = runAs.call(alice, () -> views.open(saved.id())).settings();

        assertThat(settings.columns()).containsExactly(new ColumnSetting("name", true, "9rem"));
        assertThat(settings.filters()).containsExactly(Map.entry("region", new ColumnFilter.Contains("Beijing")));
        assertThat(settings.sort()).containsExactly(new CustomerQuery.SortKey("region", false));
        assertThat(settings.search()).isNull();
    }

    private List<String> names(String user) {
        return runAs.call(user, views::list).stream().map(SavedView::name).toList();
    }
}
