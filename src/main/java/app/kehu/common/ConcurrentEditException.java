package app.kehu.common;

/** The record was saved by someone else since it was read; nothing was written. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }
}
