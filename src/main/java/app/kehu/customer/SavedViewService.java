package app.kehu.customer;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditService;
import app.kehu.audit.FieldChange;
import app.kehu.common.Access;
import app.kehu.common.FieldError;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.fields.FieldPermissionService;
import app.kehu.fields.FieldPermissions;
import app.kehu.fields.FieldRegistry;
import app.kehu.fields.FieldSet;
import app.kehu.security.CurrentUser;
import app.kehu.security.KehuUser;
import app.kehu.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named grid views of the signed-in user's tenant. Everyone keeps personal views; admins and managers may
 * share a view with the whole tenant. Only the owner renames a view; the owner deletes it, and admins may
 * also delete shared ones. Every change is audited.
 */
@Service
public class SavedViewService {

    static final String ENTITY = "SavedView";
    static final int MAX_NAME_LENGTH = 100;
    private static final String NAME = "name";
    /** Field names in the audit log, apart from customer fields: the audit view shows them as "field.<name>". */
    private static final String AUDIT_NAME = "savedView.name";
    private static final String AUDIT_SHARED = "savedView.shared";

    private final SavedViewRepository views;
    private final LastUsedViewRepository lastUsed;
    private final FieldRegistry fields;
    private final AuditService audit;
    private final FieldPermissionService permissions;

    SavedViewService(SavedViewRepository views, LastUsedViewRepository lastUsed, FieldRegistry fields,
            AuditService audit, FieldPermissionService permissions) {
        this.views = views;
        this.lastUsed = lastUsed;
        this.fields = fields;
        this.audit = audit;
        this.permissions = permissions;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public boolean canShare() {
        Role role = CurrentUser.require().role();
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    /** The user's own views and those shared with the tenant, by name. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SavedView> list() {
        KehuUser user = CurrentUser.require();
        return views.visibleTo(user.userId()).stream().map(row -> seenBy(user, row)).toList();
    }

    /** Saves the settings as a new view, which becomes the user's last-used one. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public SavedView save(String name, boolean shared, ViewSettings settings) {
        KehuUser user = CurrentUser.require();
        if (shared && !canShare()) {
            throw new AccessDeniedException("Only admins and managers share views with the tenant");
        }
        String checked = checkedName(user, name);
        SavedViewRow row = nameTakenIfRefused(() -> views.saveAndFlush(new SavedViewRow(user.userId(), checked,
                shared, ViewSettingsJson.write(settings))));
        audit.record(AuditAction.CREATE, ENTITY, row.id(), checked, List.of(
                new FieldChange(AUDIT_NAME, null, checked), new FieldChange(AUDIT_SHARED, null, String.valueOf(shared))));
        markUsed(user, row.id());
        return seenBy(user, row);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public SavedView rename(long id, String name) {
        KehuUser user = CurrentUser.require();
        SavedViewRow row = own(user, id);
        String before = row.name();
        String checked = name == null ? null : name.strip();
        if (!before.equals(checked)) {
            checked = checkedName(user, name);
            row.rename(checked);
            nameTakenIfRefused(() -> views.saveAndFlush(row));
            audit.record(AuditAction.UPDATE, ENTITY, id, checked, List.of(new FieldChange(AUDIT_NAME, before, checked)));
        }
        return seenBy(user, row);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void delete(long id) {
        KehuUser user = CurrentUser.require();
        SavedViewRow row = visible(user, id);
        if (!deletable(user, row)) {
            throw new AccessDeniedException("Only the owner, or an admin for a shared view, deletes a view");
        }
        views.delete(row);
        audit.record(AuditAction.DELETE, ENTITY, id, row.name(), List.of(new FieldChange(AUDIT_NAME, row.name(), null)));
    }

    /** Opens a view: its settings, without fields that no longer exist; it becomes the last-used one. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public SavedView open(long id) {
        KehuUser user = CurrentUser.require();
        SavedViewRow row = visible(user, id);
        markUsed(user, id);
        return seenBy(user, row);
    }

    /** The view the user had open last, if it still exists and they may still see it. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<SavedView> lastUsed() {
        KehuUser user = CurrentUser.require();
        return lastUsed.findById(user.userId()).flatMap(last -> views.findById(last.viewId()))
                .filter(row -> maySee(user, row)).map(row -> seenBy(user, row));
    }

    /** The user went back to the plain grid: next time it opens without a view. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void forgetLastUsed() {
        lastUsed.deleteById(CurrentUser.require().userId());
    }

    private void markUsed(KehuUser user, long viewId) {
        LastUsedView last = lastUsed.findById(user.userId()).orElseGet(() -> new LastUsedView(user.userId(), viewId));
        last.use(viewId);
        lastUsed.save(last);
    }

    private String checkedName(KehuUser user, String name) {
        String stripped = name == null ? "" : name.strip();
        List<FieldError> errors = new ArrayList<>();
        if (stripped.isEmpty()) {
            errors.add(new FieldError(NAME, "validation.required"));
        } else if (stripped.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError(NAME, "validation.too-long", MAX_NAME_LENGTH));
        } else if (views.existsByOwnerIdAndName(user.userId(), stripped)) {
            errors.add(new FieldError(NAME, "validation.view-name-taken"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return stripped;
    }

    /** The name check above cannot see a concurrent save of the same name; the unique constraint does. */
    private static <T> T nameTakenIfRefused(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException(new FieldError(NAME, "validation.view-name-taken"));
        }
    }

    private SavedViewRow visible(KehuUser user, long id) {
        return views.findById(id).filter(row -> maySee(user, row)).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private SavedViewRow own(KehuUser user, long id) {
        SavedViewRow row = visible(user, id);
        if (row.ownerId() != user.userId()) {
            throw new AccessDeniedException("Only the owner renames a view");
        }
        return row;
    }

    private static boolean maySee(KehuUser user, SavedViewRow row) {
        return row.shared() || row.ownerId() == user.userId();
    }

    private static boolean deletable(KehuUser user, SavedViewRow row) {
        return row.ownerId() == user.userId() || row.shared() && user.role() == Role.ADMIN;
    }

    private SavedView seenBy(KehuUser user, SavedViewRow row) {
        // A shared view may name fields this user may not see, or see only masked: those parts are dropped.
        FieldSet set = fields.snapshot(user.tenant());
        FieldPermissions mine = permissions.permissionsFor(user.role());
        ViewSettings settings = ViewSettingsJson.read(row.settings()).onlyFields(
                key -> set.find(key).filter(mine::visible).isPresent(),
                key -> set.find(key).filter(mine::searchable).isPresent());
        return new SavedView(row.id(), row.name(), row.shared(), row.ownerId() == user.userId(),
                deletable(user, row), settings);
    }
}
