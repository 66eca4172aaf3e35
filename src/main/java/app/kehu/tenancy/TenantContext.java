package app.kehu.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant the current thread works for. Requests take it from the authenticated principal, never from
 * request input; work without a signed-in user (signup, start-up migration, background jobs) names its
 * tenant explicitly with {@link #run} or {@link #call}.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantRef> EXPLICIT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantRef> current() {
        TenantRef explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        return principal().map(TenantPrincipal::tenant);
    }

    public static TenantRef require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant is bound to this thread"));
    }

    public static Optional<TenantPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static void run(TenantRef tenant, Runnable task) {
        call(tenant, () -> {
            task.run();
            return null;
        });
    }

    public static <T> T call(TenantRef tenant, Supplier<T> task) {
        TenantRef previous = EXPLICIT.get();
        EXPLICIT.set(tenant);
        try {
            return task.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }
}
