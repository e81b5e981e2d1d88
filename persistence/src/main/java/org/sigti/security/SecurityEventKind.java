package org.sigti.security;

/** What kind of security fact an event records. Labels live in the bundle as {@code SecurityEventKind.<NAME>}. */
public enum SecurityEventKind {
    /** Someone tried something their role, unit or ownership does not allow. */
    ACCESS_DENIED,
    /** Someone tried a move the procedure does not declare from where the case stands. */
    ILLEGAL_TRANSITION,
    /** A Responsable waived the backup copy a change to production needs (issue 14): allowed, but kept. */
    BACKUP_WAIVED,
    /** The person a procedure names read a secret handed to a case (who and when, never the value; issue 14). */
    SECRET_READ,
    /**
     * A request no screen produces: a page's parameter that is not what the page takes (an id that is not a number),
     * or a form posted with a view state SIGTI does not know (expired or forged). Answered 404 or with the "page
     * expired" page, never a 500 (issue 18).
     */
    MALFORMED_REQUEST,
    /**
     * A login Keycloak refused (wrong password, unknown user, disabled account), read from Keycloak's events (issue
     * 18); the detail holds Keycloak's error, e.g. {@code invalid_user_credentials}.
     */
    LOGIN_FAILED,
    /**
     * An account Keycloak locked after too many failed logins (temporarily or for good), or a login refused because
     * the account was locked; read from Keycloak's events (issue 18).
     */
    ACCOUNT_LOCKED,
    /**
     * A change made in Keycloak's administration (a user, a role, a group, the realm) by whoever administers it,
     * read from Keycloak's admin events (issue 18): SIGTI's roles are given there, so who gave them is a security fact.
     */
    IDP_ADMIN_ACTION
}
