package ma.cybercaravane.reports;

/** Too many exports are being prepared (for everyone, or for this organizer): try again in a moment. */
public class ExportsBusyException extends RuntimeException {

    public ExportsBusyException() {
        super("too many exports being prepared");
    }
}
