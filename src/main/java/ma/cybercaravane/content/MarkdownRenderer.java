package ma.cybercaravane.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.springframework.stereotype.Component;

/**
 * Library Markdown (guides, handouts, tip sheets) to HTML that is safe to put in a page: raw HTML in the text is
 * shown as text, never interpreted; links and images become their plain words (no address leaves the app, nothing
 * is loaded from elsewhere). Web addresses (2511.ma, e-blagh.ma) are kept left-to-right inside Arabic text, so they
 * never read "ma.2511". Usable as a Spring bean or with {@code new}; thread-safe.
 */
@Component
public class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    /** A web address or domain: letters, digits and dashes with at least one dot, optionally a path. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\p{N}@.-])(?:https?://)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*)+(?:/[A-Za-z0-9/._~%-]*)?");
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .nodeRendererFactory(context -> new AddressIsolating(context.getWriter())).build();

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

    /** Escaped text, with each web address in an isolated left-to-right span. */
    private record AddressIsolating(HtmlWriter html) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class);
        }

        @Override
        public void render(Node node) {
            String text = ((Text) node).getLiteral();
            Matcher m = ADDRESS.matcher(text);
            int last = 0;
            while (m.find()) {
                html.text(text.substring(last, m.start()));
                html.tag("span", Map.of("dir", "ltr"));
                html.text(m.group());
                html.tag("/span");
                last = m.end();
            }
            html.text(text.substring(last));
        }
    }
}
