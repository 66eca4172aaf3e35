package app.kehu.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import app.kehu.security.UserService;
import app.kehu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A signup that fails after its schema was created removes the schema, the tenant and the user again. */
class FailedSignupTest extends IntegrationTest {

    @Autowired
    SignupService signups;
    @MockitoSpyBean
    UserService users;

    @Test
    void aFailureAfterTheSchemaExistsLeavesNoSchemaNoTenantAndNoUser() {
        doThrow(new IllegalStateException("database went away")).when(users)
                .createFirstAdmin(any(), anyString(), anyString(), anyString());
        String slug = SignupTest.uniqueSlug();
        String email = "admin@" + slug + ".test";

        assertThatThrownBy(() -> signups.signup(SignupTest.request("Doomed", slug, email)))
                .hasMessageContaining("database went away");

        assertThat(jdbc.schemaExists(slug)).isFalse();
        assertThat(jdbc.count("SELECT count(*) FROM kehu.tenant WHERE slug = ?", slug)).isZero();
        assertThat(jdbc.count("SELECT count(*) FROM kehu.app_user WHERE email = ?", email)).isZero();
    }
}
