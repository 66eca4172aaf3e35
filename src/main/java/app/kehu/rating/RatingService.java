package app.kehu.rating;

import app.kehu.common.Access;
import app.kehu.common.FieldError;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The tenant's rating rules: edit, preview, publish, restore; every customer's grade, its reason and history. */
@Service
public class RatingService {

    /** Fields and derived values a condition can test, archived ones flagged. */
    @PreAuthorize(Access.ADMIN)
    public List<Operand> operands() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The rules the editor starts from: the current version's, or the starter set if none was published. */
    @PreAuthorize(Access.ADMIN)
    public RuleSet editable() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Everything that keeps the rules from being published; {@code field} is the node's path, e.g. "scoring.0.1". */
    @PreAuthorize(Access.ADMIN)
    public List<FieldError> check(RuleSet rules) {
        throw new UnsupportedOperationException("skeleton");
    }

    @PreAuthorize(Access.ADMIN)
    public GradePreview preview(RuleSet rules) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Publishes the rules as a new version and starts recomputing every grade in the background. */
    @PreAuthorize(Access.ADMIN)
    public RuleSetVersion publish(RuleSet rules, String note) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Publishes an earlier version's rules again, as a new version. */
    @PreAuthorize(Access.ADMIN)
    public RuleSetVersion restore(int number) {
        throw new UnsupportedOperationException("skeleton");
    }

    @PreAuthorize(Access.MANAGERS)
    public List<RuleSetVersion> versions() {
        throw new UnsupportedOperationException("skeleton");
    }

    @PreAuthorize(Access.SIGNED_IN)
    public RecomputeProgress progress() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Why a customer the user can see has their grade. */
    @PreAuthorize(Access.SIGNED_IN)
    public GradeExplanation explain(long customerId) {
        throw new UnsupportedOperationException("skeleton");
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<GradeHistoryEntry> history(long customerId) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Sets a grade by hand that wins over the rules, or with null grade gives the customer back to the rules. */
    @PreAuthorize(Access.MANAGERS)
    public void overrideGrade(long customerId, String grade, String reason) {
        throw new UnsupportedOperationException("skeleton");
    }
}
