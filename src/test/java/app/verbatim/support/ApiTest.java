package app.verbatim.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port against a real PostgreSQL, seeded as at start-up. Every
 * test class with this annotation shares one application context and so one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"verbatim.embedded-postgres.data-dir=", "management.server.port=0"})
@Import({TestDatabase.class, Api.class, TestTokens.class})
public @interface ApiTest {
}
