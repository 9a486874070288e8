package ma.cybercaravane.content;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Library Markdown (guides, handouts, tip sheets) to HTML that is safe to put in a page: raw HTML in the text is
 * shown as text, never interpreted; links and images become their plain words (no address leaves the app, nothing
 * is loaded from elsewhere). Usable as a Spring bean or with {@code new}; thread-safe.
 */
@Component
public class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public MarkdownRenderer() {
        // stateless
    }

    /** Safe HTML for the Markdown text; "" for null or blank text. */
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        Node document = PARSER.parse(markdown);
        List<Node> unwrap = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                unwrap.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                unwrap.add(image);
                visitChildren(image);
            }
        });
        for (Node node : unwrap) {
            // Keep the words, drop the address: children move in front of the node, then the node goes.
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
        return RENDERER.render(document);
    }
}
