package app.verbatim.corpus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What to generate. The same seed and sizes give the same corpus, byte for byte.
 *
 * @param generate  generate at start-up (the runner exists only when this is true)
 * @param seed      the seed every random choice derives from
 * @param articles  how many articles
 * @param quotes    how many quotes, spread over the articles (some have none, a few have dozens)
 * @param people    how many people; who is quoted follows a Zipf law over them
 * @param events    how many events, spread over the articles
 * @param replace   empty every record table first when a corpus is already there (otherwise refuse)
 * @param thenServe keep the service running after loading instead of exiting
 */
@ConfigurationProperties("verbatim.corpus")
record CorpusProperties(
        @DefaultValue("false") boolean generate,
        @DefaultValue("42") long seed,
        @DefaultValue("100000") int articles,
        @DefaultValue("1000000") int quotes,
        @DefaultValue("20000") int people,
        @DefaultValue("200000") int events,
        @DefaultValue("false") boolean replace,
        @DefaultValue("false") boolean thenServe) {

    CorpusProperties {
        if (articles < 1 || quotes < 0 || people < 1 || events < 0) {
            throw new IllegalArgumentException("verbatim.corpus: articles and people must be at least 1, quotes and events at least 0");
        }
    }

    CorpusProperties withSeed(long newSeed) {
        return new CorpusProperties(generate, newSeed, articles, quotes, people, events, replace, thenServe);
    }

    CorpusProperties withReplace(boolean newReplace) {
        return new CorpusProperties(generate, seed, articles, quotes, people, events, newReplace, thenServe);
    }
}
