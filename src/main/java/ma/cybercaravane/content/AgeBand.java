package ma.cybercaravane.content;

import java.util.Arrays;
import java.util.Optional;

/** Age bands of CONTENT.md; the code is what files, URLs and reports use. */
public enum AgeBand {
    AGE_6_8("6-8"),
    AGE_9_11("9-11"),
    AGE_12_14("12-14"),
    AGE_15_17("15-17"),
    PARENTS("parents");

    private final String code;

    AgeBand(String code) { this.code = code; }

    public String code() { return code; }

    public boolean children() { return this != PARENTS; }

    /** The youngest band: questions are read aloud first and no podium is shown. */
    public boolean youngest() { return this == AGE_6_8; }

    public String messageKey() { return "band." + code; }

    public static Optional<AgeBand> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
