package ma.cybercaravane.accounts;

/** Organizer roles; Spring Security authorities are ROLE_ + name. */
public enum Role {
    ADMIN, COORDINATOR, FACILITATOR;

    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "accounts.role." + name();
    }
}
