package ma.cybercaravane.reports;

import ma.cybercaravane.testsupport.PostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same report figures on PostgreSQL (the national server), through the same migrations and queries. */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class ReportNumbersPostgresTest extends ReportNumbersContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresServer::jdbcUrl);
        registry.add("spring.datasource.username", () -> "cc");
        registry.add("spring.datasource.password", () -> "");
    }
}
