package ma.cybercaravane.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum QuestionKind {
    SINGLE, MULTIPLE, TRUEFALSE, PICTURE;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<QuestionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
