package app.kehu.fields;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectionRepository extends JpaRepository<SectionEntity, Long> {

    List<SectionEntity> findAllByOrderByPositionAscIdAsc();

    Optional<SectionEntity> findByKey(String key);
}
