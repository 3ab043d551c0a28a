package app.verbatim.corpus;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --verbatim.corpus.generate=true}: fills the database with the corpus, before anything
 * else runs at start-up (the seed article is imported after it, or at the next start), then exits
 * with status 0 — or keeps serving with {@code --verbatim.corpus.then-serve=true}. A database that
 * already holds a corpus is refused (status 2, nothing written) unless
 * {@code --verbatim.corpus.replace=true}.
 */
@Component
@ConditionalOnBooleanProperty(name = "verbatim.corpus.generate")
@EnableConfigurationProperties(CorpusProperties.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorpusRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CorpusRunner.class);

    private final DataSource dataSource;
    private final CorpusProperties properties;
    private final ConfigurableApplicationContext context;

    CorpusRunner(DataSource dataSource, CorpusProperties properties, ConfigurableApplicationContext context) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int status = 0;
        try {
            new CorpusGenerator(dataSource).generate(properties);
        } catch (CorpusGenerator.CorpusPresentException e) {
            if (properties.thenServe()) {
                throw e;
            }
            log.error(e.getMessage());
            status = 2;
        }
        if (!properties.thenServe()) {
            int code = status;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
