package ma.cybercaravane.accounts;

/** What the admin types to create an account; the region is required for coordinators and facilitators. */
public record NewAccount(String username, String displayName, Role role, String regionCode, String password) {}
