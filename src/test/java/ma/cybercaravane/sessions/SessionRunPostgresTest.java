package ma.cybercaravane.sessions;

import ma.cybercaravane.testsupport.PostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same session-run tests on a real PostgreSQL: every query of the console, the summary and the hands upsert. */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class SessionRunPostgresTest extends SessionRunServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresServer::jdbcUrl);
        registry.add("spring.datasource.username", () -> "cc");
        registry.add("spring.datasource.password", () -> "");
    }
}
