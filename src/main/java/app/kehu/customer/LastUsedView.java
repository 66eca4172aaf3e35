package app.kehu.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which saved view a user had open last, so that the grid reopens with it. */
@Entity
@Table(name = "saved_view_last_used")
class LastUsedView {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "view_id", nullable = false)
    private long viewId;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected LastUsedView() {
    }

    LastUsedView(long userId, long viewId) {
        this.userId = userId;
        use(viewId);
    }

    void use(long newViewId) {
        this.viewId = newViewId;
        this.usedAt = Instant.now();
    }

    long viewId() {
        return viewId;
    }
}
