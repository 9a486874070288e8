package ma.cybercaravane.reports;

/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a text typed by a user (site, city, host organization,
 * notes, nickname) that starts with = + - @ tab or carriage return could be run as a formula by a spreadsheet.
 * In XLSX such texts are written as text cells with Excel's quote prefix (the leading apostrophe); in CSV they get a
 * leading apostrophe. Full-width look-alikes are treated the same way.
 */
final class FormulaGuard {

    private FormulaGuard() {}

    static boolean risky(String text) {
        if (text == null || text.isEmpty()) return false;
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /** The text made inert for CSV: a leading apostrophe when risky. */
    static String inert(String text) {
        return risky(text) ? "'" + text : text;
    }
}
