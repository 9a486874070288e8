package ma.cybercaravane.accounts;

/** The admin's change to an account: name, role and region (admins have none). */
public record AccountChange(String displayName, Role role, String regionCode) {}
