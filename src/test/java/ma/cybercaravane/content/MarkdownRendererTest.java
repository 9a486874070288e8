package ma.cybercaravane.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Library Markdown becomes HTML that cannot carry script, markup of its own, or addresses leading elsewhere. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersTheMarkdownOfTheLibrary() {
        String html = renderer.toSafeHtml("# Titre\n\nUn **gras** et *italique*.\n\n- un\n- deux\n\n1. premier\n\n> citation\n");
        assertThat(html).contains("<h1>Titre</h1>", "<strong>gras</strong>", "<em>italique</em>", "<li>deux</li>", "<ol>", "<blockquote>");
    }

    @Test
    void rawHtmlIsShownAsTextNeverInterpreted() {
        String html = renderer.toSafeHtml("Avant <script>alert(1)</script> après\n\n<div onclick=\"x()\">bloc</div>\n\n<img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script").doesNotContain("<div").doesNotContain("<img")
                .contains("&lt;script&gt;").contains("&lt;div onclick=");
    }

    @Test
    void linksAndImagesKeepTheirWordsButLoseTheirAddresses() {
        String html = renderer.toSafeHtml("Voir [le site](javascript:alert(1)), [2511](https://2511.ma), <https://evil.example> et ![un chat](http://x/cat.png).");
        assertThat(html).doesNotContain("<a").doesNotContain("href").doesNotContain("<img").doesNotContain("javascript")
                .contains("le site").contains("2511").contains("<span dir=\"ltr\">https://evil.example</span>").contains("un chat");
    }

    @Test
    void webAddressesStayLeftToRightInArabicText() {
        String html = renderer.toSafeHtml("اتصل بالرقم 2511، الموقع: 2511.ma. بلّغ على e-blagh.ma أو najmagame.ma.login-verif.top/x، وليس 3.5.");
        assertThat(html).contains("<span dir=\"ltr\">2511.ma</span>. ", "<span dir=\"ltr\">e-blagh.ma</span>",
                "<span dir=\"ltr\">najmagame.ma.login-verif.top/x</span>").doesNotContain(">3.5<").doesNotContain(">2511<");
    }

    @Test
    void blankTextGivesNothing() {
        assertThat(renderer.toSafeHtml(null)).isEmpty();
        assertThat(renderer.toSafeHtml("  \n")).isEmpty();
    }
}
