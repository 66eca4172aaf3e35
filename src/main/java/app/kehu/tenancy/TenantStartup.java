package app.kehu.tenancy;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TenantStartup implements ApplicationRunner {

    private final TenantService tenants;

    TenantStartup(TenantService tenants) {
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.migrateAll();
    }
}
