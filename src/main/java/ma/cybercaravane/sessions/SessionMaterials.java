package ma.cybercaravane.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Library;
import ma.cybercaravane.content.MarkdownRenderer;
import ma.cybercaravane.content.Material;
import ma.cybercaravane.content.Topic;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.LocalizedText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The printed side of a session: for each of its quizzes the facilitator guide and the handout; for a parents'
 * audience also the tip sheets and the cyberbullying response guide. Rendered safely from the library's Markdown,
 * in the chosen language (French where a text is not written yet). Same scope as the session itself.
 */
@Service
public class SessionMaterials {

    /**
     * One document. {@code quizTitle} is set for guides and handouts, {@code topic} for tip sheets;
     * {@code language} is the language it is actually written in (and {@code quizTitle} with it).
     */
    public record Document(String id, Material.Kind kind, String quizTitle, Topic topic, String html, Language language) {}

    private final SessionPlanningService planning;
    private final ContentService content;
    private final MarkdownRenderer markdown;

    SessionMaterials(SessionPlanningService planning, ContentService content, MarkdownRenderer markdown) {
        this.planning = planning;
        this.content = content;
        this.markdown = markdown;
    }

    /** Empty when the session does not exist or is not the organizer's to see. */
    @PreAuthorize("isAuthenticated()")
    public Optional<List<Document>> documents(UUID sessionId, Language language) {
        return planning.find(sessionId).map(session -> {
            Library library = content.library();
            List<Document> documents = new ArrayList<>();
            for (PlannedQuiz quiz : session.quizzes()) {
                for (Material.Kind kind : List.of(Material.Kind.GUIDE, Material.Kind.HANDOUT)) {
                    library.material(kind, quiz.id()).ifPresent(m -> documents.add(
                            render(kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + quiz.id(), m, quiz.title(), null, language)));
                }
            }
            if (session.parents()) {
                for (Topic topic : Topic.values()) {
                    library.material(Material.Kind.TIPS, topic.name()).ifPresent(m -> documents.add(
                            render("tips-" + topic.name().toLowerCase(java.util.Locale.ROOT), m, null, topic, language)));
                }
                library.material(Material.Kind.CYBERBULLYING_GUIDE, "cyberbullying").ifPresent(m -> documents.add(
                        render("cyberbullying-guide", m, null, null, language)));
            }
            return List.copyOf(documents);
        });
    }

    private Document render(String id, Material material, LocalizedText quizTitle, Topic topic, Language language) {
        Material.Localized text = material.in(language);
        return new Document(id, material.kind(), quizTitle == null ? null : quizTitle.in(text.language()), topic,
                markdown.toSafeHtml(text.markdown()), text.language());
    }
}
