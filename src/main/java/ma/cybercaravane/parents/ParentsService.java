package ma.cybercaravane.parents;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.MarkdownRenderer;
import ma.cybercaravane.content.Material;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.content.TipSheet;
import ma.cybercaravane.content.Topic;
import ma.cybercaravane.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The public parents' corner: tip sheets by topic and child's age, the cyberbullying response guide, the parents'
 * quizzes, and take-home cards whose QR code opens the corner in the family's language. Read-only, no account:
 * everything comes from the content library; nothing about a parent is stored here.
 */
@Service
public class ParentsService {

    public static final int MAX_COPIES = 200;
    /** The languages the corner is written in (cards are printed in one of these). */
    public static final List<Language> LANGUAGES = Language.REQUIRED;

    private final ContentService content;
    private final MarkdownRenderer markdown;
    private final String publicUrl;

    ParentsService(ContentService content, MarkdownRenderer markdown, @Value("${cybercaravane.public-url:}") String publicUrl) {
        this.content = content;
        this.markdown = markdown;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }

    /** A tip sheet in the language asked for, or in French when not written in it ({@code language} says which). */
    public record Sheet(Topic topic, TipSheet sheet, Language language) {}

    public Optional<Sheet> tips(Topic topic, Language language) {
        return content.library().material(Material.Kind.TIPS, topic.name()).map(m -> m.in(language))
                .map(l -> new Sheet(topic, TipSheet.parse(l.markdown()), l.language()));
    }

    public Optional<Material.Localized> cyberbullyingGuide(Language language) {
        return content.library().material(Material.Kind.CYBERBULLYING_GUIDE, "cyberbullying").map(m -> m.in(language));
    }

    public List<Quiz> quizzes() {
        return content.library().quizzes(AgeBand.PARENTS);
    }

    /** Library Markdown as safe HTML (no raw HTML, no links out). */
    public String html(String markdownText) {
        return markdown.toSafeHtml(markdownText);
    }

    /** The address of the start page for a parents' quiz (the normal play flow, band "parents"). */
    public static String quizStart(Quiz quiz, Language language) {
        return "start?lang=" + language.code() + "&band=" + AgeBand.PARENTS.code() + "&quiz=" + quiz.id();
    }

    /** How many cards to print, from the address; empty for anything but a whole number from 1 to 200. */
    public static OptionalInt copies(String value) {
        if (value == null || value.isBlank()) return OptionalInt.of(4);
        if (!value.strip().matches("\\d{1,4}")) return OptionalInt.empty();
        int n = Integer.parseInt(value.strip());
        return n >= 1 && n <= MAX_COPIES ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /**
     * A take-home card: the address its QR code opens and the QR as an SVG data URI. The address starts with
     * {@code cybercaravane.public-url} when set (the laptop's address on the caravan Wi-Fi), else with the address
     * this page was opened at; {@code reachable} is false when phones could not open it (localhost).
     */
    public record Card(Language language, String url, String qrDataUri, boolean reachable) {}

    public Card card(Language language, String requestBase) {
        String base = (publicUrl.isBlank() ? requestBase : publicUrl).replaceAll("/+$", "");
        String url = base + "/parents?lang=" + language.code();
        return new Card(language, url, QrCode.svgDataUri(url), reachableFromPhones(base));
    }

    private static boolean reachableFromPhones(String base) {
        try {
            String host = Optional.ofNullable(URI.create(base).getHost()).orElse("").toLowerCase(Locale.ROOT);
            return !(host.isEmpty() || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
