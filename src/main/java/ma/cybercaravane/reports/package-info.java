/**
 * Results per region: the statistics dashboard, the session and regional/national workbooks (XLSX) and the raw
 * answers (CSV). Reads the tables of the other features (nothing depends on reports). Every query is limited to the
 * signed-in organizer's {@link ma.cybercaravane.accounts.Scope} in its SQL.
 */
package ma.cybercaravane.reports;
