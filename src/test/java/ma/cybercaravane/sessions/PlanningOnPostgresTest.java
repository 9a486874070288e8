package ma.cybercaravane.sessions;

import ma.cybercaravane.testsupport.PostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The planning checks, storage and list filters (scope, period, status, facilitator, escaped text search) on PostgreSQL. */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class PlanningOnPostgresTest extends SessionValidationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresServer::jdbcUrl);
        registry.add("spring.datasource.username", () -> "cc");
        registry.add("spring.datasource.password", () -> "");
    }
}
