package app.kehu.tenancy;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRepository extends JpaRepository<Tenant, Long> {

    boolean existsBySlug(String slug);
}
