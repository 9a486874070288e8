package ma.cybercaravane.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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
    @Autowired
    JdbcTemplate jdbc;
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

    /**
     * A signed-in organizer's browser posting without the CSRF token (a forged cross-site form) is refused. (The
     * sign-in form itself is exempt, as Vaadin's login form posts natively; its cookie is SameSite=Lax.)
     */
    @Test
    void aSignedInPostWithoutTheCsrfTokenIsRefused() throws Exception {
        TestAccounts.Account facilitator = new TestAccounts(jdbc).create("FACILITATOR", "09");
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + facilitator.username() + "&password=secret-password")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/organizer"));
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/sessions")).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("signed in").isEqualTo(200);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(uri("/sessions")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    /** Every click and navigation of a page carries the page's security key: a request with another key does nothing. */
    @Test
    void aScreenEventWithAForgedSecurityKeyIsIgnored() throws Exception {
        HttpResponse<String> init = get("/?v-r=init&location=&query=");
        String cookie = init.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        JsonNode uidl = JsonMapper.builder().build().readTree(init.body()).get("appConfig").get("uidl");
        String navigate = "{\"csrfToken\":\"%s\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                + "{\"route\":\"/\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> forged = uidl(cookie, navigate.formatted("00000000-0000-0000-0000-000000000000"));
        assertThat(forged.body()).doesNotContain("join-code");
        HttpResponse<String> genuine = uidl(cookie, navigate.formatted(uidl.get("Vaadin-Security-Key").asString()));
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).as("the same request with the page's key shows the home screen").contains("join-code");
    }

    private HttpResponse<String> uidl(String cookie, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0")).header("Cookie", cookie)
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
