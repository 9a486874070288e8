package ma.cybercaravane.reports;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The report figures on the embedded H2 database (the caravan laptops). */
@SpringBootTest
@ActiveProfiles("test")
class ReportNumbersH2Test extends ReportNumbersContract {
}
