package app.verbatim.document;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the seed articles at start-up through the same importer any article goes through.
 * Idempotent: a restart finds each seed unchanged and adds nothing.
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final DocumentImporter importer;
    private final JsonMapper json;
    private final String location;

    SeedLoader(DocumentImporter importer, JsonMapper json,
               @Value("${verbatim.seed.location:classpath*:seed/*.json}") String location) {
        this.importer = importer;
        this.json = json;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (location.isBlank()) {
            return;
        }
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
            ArticleDocument doc;
            try (InputStream in = resource.getInputStream()) {
                doc = json.readValue(in, ArticleDocument.class);
            }
            var outcome = importer.importDocument(doc);
            switch (outcome) {
                case DocumentImporter.Created c -> log.info("Seed article '{}' imported", c.slug());
                case DocumentImporter.Unchanged u -> log.debug("Seed article '{}' already present", u.slug());
                case DocumentImporter.Conflict c ->
                        log.warn("Seed article '{}' differs from the stored one; the stored one is kept", c.slug());
            }
        }
    }
}
