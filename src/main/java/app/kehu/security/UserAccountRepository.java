package app.kehu.security;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.email) = lower(?1)")
    Optional<UserAccount> findByEmail(String email);

    default boolean existsByEmail(String email) {
        return findByEmail(email).isPresent();
    }

    List<UserAccount> findByTenantIdOrderByDisplayNameAsc(long tenantId);

    Optional<UserAccount> findByIdAndTenantId(long id, long tenantId);

    /** Locks the tenant's active admins, so two admins cannot demote each other at the same moment. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.tenantId = ?1 and u.role = app.kehu.security.Role.ADMIN and u.active = true")
    List<UserAccount> lockActiveAdmins(long tenantId);
}
