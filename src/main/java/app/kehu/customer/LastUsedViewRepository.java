package app.kehu.customer;

import org.springframework.data.jpa.repository.JpaRepository;

interface LastUsedViewRepository extends JpaRepository<LastUsedView, Long> {
}
