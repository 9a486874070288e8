package ma.cybercaravane.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Library Markdown becomes HTML that cannot run anything: raw HTML is shown as text, unsafe links and images go. */
class MarkdownRendererTest {

    @Test
    void headingsListsAndEmphasisAreRendered() {
        String html = MarkdownRenderer.toSafeHtml("# دليل المنشّط\n\n- **واحد**\n- *deux*\n");
        assertThat(html).contains("<h1>دليل المنشّط</h1>").contains("<li><strong>واحد</strong></li>").contains("<em>deux</em>");
    }

    @Test
    void rawHtmlIsEscapedNeverInterpreted() {
        String html = MarkdownRenderer.toSafeHtml("Hello <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n<div onclick=\"x()\">hi</div>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<div")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void onlyWebMailAndPhoneLinksKeepTheirAddress() {
        String html = MarkdownRenderer.toSafeHtml("[a](javascript:alert(1)) [b](data:text/html,x) [c](https://2511.ma) [d](tel:2511) [e](vbscript:x)");
        assertThat(html).doesNotContain("javascript:").doesNotContain("data:").doesNotContain("vbscript:")
                .contains("href=\"https://2511.ma\"").contains("href=\"tel:2511\"");
    }

    @Test
    void imagesBecomeTheirDescription() {
        String html = MarkdownRenderer.toSafeHtml("Look: ![a *scam* message](https://cdn.example/x.png) here");
        assertThat(html).doesNotContain("<img").doesNotContain("cdn.example").contains("Look: a scam message here");
    }

    @Test
    void nothingInNothingOut() {
        assertThat(MarkdownRenderer.toSafeHtml(null)).isEmpty();
        assertThat(MarkdownRenderer.toSafeHtml("")).isEmpty();
    }
}
