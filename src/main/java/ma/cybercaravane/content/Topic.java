package ma.cybercaravane.content;

import java.util.Arrays;
import java.util.Optional;

/** Stable topic codes of CONTENT.md, used in files, reports and statistics. */
public enum Topic {
    DATA, SCAMS, PASSWORDS, DEVICES, KINDNESS, CONTACTS, WELLBEING, HELP;

    public String messageKey() { return "topic." + name(); }

    public static Optional<Topic> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
