package app.kehu.fields;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FieldRepository extends JpaRepository<FieldEntity, Long> {

    List<FieldEntity> findAllByOrderByPositionAscIdAsc();

    Optional<FieldEntity> findByKey(String key);

    List<FieldEntity> findBySectionIdOrderByPositionAscIdAsc(long sectionId);
}
