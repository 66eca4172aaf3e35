package app.kehu.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedViewRepository extends JpaRepository<SavedViewRow, Long> {

    /** The user's own views and everything shared with the tenant, by name. */
    @Query("SELECT v FROM SavedViewRow v WHERE v.ownerId = :userId OR v.shared = true ORDER BY v.name, v.id")
    List<SavedViewRow> visibleTo(long userId);

    boolean existsByOwnerIdAndName(long ownerId, String name);
}
