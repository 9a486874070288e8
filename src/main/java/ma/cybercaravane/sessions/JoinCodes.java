package ma.cybercaravane.sessions;

import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Join codes: 6 characters from 31 that cannot be confused when read off a projector (no 0/O, no 1/I/L), drawn
 * from a cryptographic random source: about 887 million codes, and guessing is rate-limited on top.
 */
final class JoinCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 6;

    private final RandomGenerator random;

    JoinCodes(RandomGenerator random) {
        this.random = random;
    }

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return code.toString();
    }

    /** A code that is not {@code taken} (in use by an open session): drawn again on a clash. */
    String unique(Predicate<String> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String code = next();
            if (!taken.test(code)) return code;
        }
        throw new IllegalStateException("no free join code after 100 attempts");
    }
}
