package app.verbatim.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole service on a random port against a PostgreSQL of its own, started for this test class
 * and thrown away after it: never the database {@link ApiTest} classes share, nor one another
 * class used. For tests that fill or empty the database (a generated corpus, a run without the
 * seed). The class adds what it needs with {@code @TestPropertySource(properties = …)}.
 *
 * <p>The property {@code verbatim.test.own-database} keeps this context apart from
 * {@link ApiTest}'s in Spring's context cache, and {@link DirtiesContext} closes it (and its
 * database) once the class is done, so two classes never meet in one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"verbatim.embedded-postgres.data-dir=", "management.server.port=0", "verbatim.test.own-database=true"})
@Import({TestDatabase.class, Api.class, TestTokens.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface OwnDatabaseTest {
}
