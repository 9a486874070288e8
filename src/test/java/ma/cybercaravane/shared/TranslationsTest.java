package ma.cybercaravane.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key exists in French, Arabic and English; every pattern is a valid MessageFormat; every key used in the
 * code exists; no user-visible string is hard-coded in Java.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Component calls whose string argument a user reads. */
    static final Pattern UI_LITERAL = Pattern.compile(
            "new (?:Button|Span|H1|H2|H3|H4|Paragraph|Label|NativeLabel|Checkbox|TextField|TextArea|IntegerField|"
                    + "PasswordField|EmailField|ComboBox|Select|DatePicker|DateTimePicker|Tab|RouterLink|Notification|Details|"
                    + "MenuItem|ListItem|Text)\\(\\s*\"[^\"]*\\p{L}[^\"]*\""
                    + "|\\.(?:setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setTitle|setAriaLabel|setHeaderText|"
                    + "setConfirmText|setCancelText|setSummaryText|show)\\(\\s*\"[^\"]*\\p{L}[^\"]*\""
                    + "|new Anchor\\([^,]+,\\s*\"[^\"]*\\p{L}[^\"]*\"");
    private static final Pattern KEY_USE = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.-]+)\"\\s*[,)]");

    @Test
    void everyKeyIsTranslatedInFrenchArabicAndEnglish() {
        Messages m = Messages.get();
        Set<String> all = new TreeSet<>();
        for (Language l : Language.REQUIRED) all.addAll(m.keys(l));
        assertThat(all).isNotEmpty();
        for (Language l : Language.REQUIRED) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(m.keys(l));
            assertThat(missing).as("keys missing in " + l.code()).isEmpty();
        }
    }

    @Test
    void everyPatternIsAValidMessageFormatWithoutStrayApostrophes() {
        Messages m = Messages.get();
        for (Language l : Language.values()) {
            for (String key : m.keys(l)) {
                String pattern = m.pattern(key, l).orElseThrow();
                assertThat(pattern.replace("''", "")).as(l.code() + " " + key + ": write ’ or '' for an apostrophe").doesNotContain("'");
                new MessageFormat(pattern); // throws on a broken pattern
            }
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> known = Messages.get().keys(Language.FR);
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher matcher = KEY_USE.matcher(Files.readString(file));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) missing.add(file.getFileName() + ": " + matcher.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noUserVisibleStringIsHardCodedInJava() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = UI_LITERAL.matcher(lines.get(i));
                if (matcher.find()) offenders.add(file + ":" + (i + 1) + ": " + matcher.group());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theHardCodedStringCheckCatchesTheUsualMistakes() {
        assertThat(UI_LITERAL.matcher("add(new Button(\"Valider\"));").find()).isTrue();
        assertThat(UI_LITERAL.matcher("title.setText(\"مرحبا\");").find()).isTrue();
        assertThat(UI_LITERAL.matcher("Notification.show(\"Saved\");").find()).isTrue();
        assertThat(UI_LITERAL.matcher("new Button(getTranslation(\"play.go\"))").find()).isFalse();
        assertThat(UI_LITERAL.matcher("b.setId(\"start-button\")").find()).isFalse();
        assertThat(UI_LITERAL.matcher("new Anchor(\"login\", getTranslation(\"x\"))").find()).isFalse();
        assertThat(UI_LITERAL.matcher("new Anchor(\"login\", \"Sign in\")").find()).isTrue();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
