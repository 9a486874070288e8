package ma.cybercaravane;

import ma.cybercaravane.content.ValidateQuizzesCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
public class CyberCaravaneApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ValidateQuizzesCommand.NAME)) {
            // Content check for authors and CI: no web server, no database.
            System.exit(ValidateQuizzesCommand.run(args, System.out));
        }
        SpringApplication.run(CyberCaravaneApplication.class, args);
    }
}
