package ma.cybercaravane.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** (An IT: it needs the production bundle built by the package phase.) HTTP-level protections: security headers (a CSP that keeps everything on this server), CSRF, no stack traces, safe images. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebSecurityIT {

    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarrySecurityHeadersWithAContentPolicyThatWorksOffline() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'self'")
                .doesNotContain("http:").doesNotContain("https:");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(home.headers().firstValue("Permissions-Policy")).hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void organizerPagesAndPostsSendAnonymousVisitorsToTheLoginPage() throws Exception {
        for (String path : new String[] {"/accounts", "/sessions", "/reports", "/library"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void anErrorNeverShowsAStackTrace() throws Exception {
        HttpResponse<String> response = get("/quiz-images/%2e%2e/%2e%2e/etc/passwd");
        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("root:");
    }

    @Test
    void quizImagesAreServedLocallyWithAScriptFreePolicyAndNothingOutsideTheFolder() throws Exception {
        HttpResponse<String> image = get("/quiz-images/images/k68-pass-1234.svg");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(image.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(get("/quiz-images/6-8/data-6-8.yaml").statusCode()).isEqualTo(404);
        HttpResponse<String> outside = get("/quiz-images/..%2F..%2Fpom.xml");
        assertThat(outside.statusCode()).isNotEqualTo(200);
        assertThat(outside.body()).doesNotContain("<project");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
