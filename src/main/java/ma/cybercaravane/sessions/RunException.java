package ma.cybercaravane.sessions;

/** A session-run action refused for a reason the facilitator is told about; the key is a translation key. */
public class RunException extends RuntimeException {

    private final String key;

    public RunException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
