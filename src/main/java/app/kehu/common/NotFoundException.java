package app.kehu.common;

/**
 * The record does not exist for the caller. Also thrown for records the caller may not see, so that ids
 * of other users' or tenants' records reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
