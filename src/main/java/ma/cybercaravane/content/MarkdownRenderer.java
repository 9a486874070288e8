package ma.cybercaravane.content;

import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Library Markdown (guides, handouts, tip sheets) to HTML that is safe to put in a page: raw HTML in the text is
 * shown as text (escaped), never interpreted; links keep only http, https, mailto and tel addresses; images are
 * replaced by their description (every asset is served by the app, and materials carry none).
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel")))
            .build();

    private MarkdownRenderer() {}

    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                StringBuilder alt = new StringBuilder();
                image.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        alt.append(text.getLiteral());
                    }
                });
                image.insertBefore(new Text(alt.toString()));
                image.unlink();
            }
        });
        return RENDERER.render(document);
    }
}
