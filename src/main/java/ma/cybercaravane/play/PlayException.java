package ma.cybercaravane.play;

/** A refusal the child is told about kindly; the key is a translation key. */
public class PlayException extends RuntimeException {

    private final String key;

    public PlayException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
