package ma.cybercaravane.persistence;

import ma.cybercaravane.testsupport.PostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same contract on a real PostgreSQL, through the "postgres" profile and the same Flyway migrations. */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class PostgresPersistenceTest extends PersistenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresServer::jdbcUrl);
        registry.add("spring.datasource.username", () -> "cc");
        registry.add("spring.datasource.password", () -> "");
    }
}
