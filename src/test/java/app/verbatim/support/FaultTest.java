package app.verbatim.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port against a PostgreSQL of its own that a test may stop, start
 * or lock ({@link RestartableDatabase}), never the one {@link ApiTest} classes share. The limits are
 * made small so a test reaches them with a handful of requests: one expensive search at a time,
 * statements cut at 3 s, lock waits at 2 s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "verbatim.limits.expensive-searches=1", "verbatim.database.statement-timeout=3s", "verbatim.database.lock-timeout=2s",
        "management.server.port=0"})
@Import({RestartableDatabase.class, Api.class, TestTokens.class})
public @interface FaultTest {
}
