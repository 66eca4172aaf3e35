package app.kehu.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, LOGIN_SUCCESS, LOGIN_FAILURE, ROLE_CHANGE, PASSWORD_RESET, SIGNUP
}
