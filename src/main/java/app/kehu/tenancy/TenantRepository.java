package app.kehu.tenancy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRepository extends JpaRepository<Tenant, Long> {

    boolean existsBySlug(String slug);

    Optional<Tenant> findBySlug(String slug);

    List<Tenant> findByStatus(TenantStatus status);
}
