package app.verbatim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VerbatimApplication {

    public static void main(String[] args) {
        SpringApplication.run(VerbatimApplication.class, args);
    }
}
