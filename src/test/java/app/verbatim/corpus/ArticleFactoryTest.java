package app.verbatim.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.corpus.Rows.Chunk;
import app.verbatim.corpus.Rows.Keys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The rows the factory writes for a seed are fixed: the benchmark figures are measured on the
 * corpus of seed 42, so a change to how articles are written (a refactoring above all) must leave
 * every byte of every COPY row as it was. No database: the rows are hashed as they would be sent.
 */
class ArticleFactoryTest {

    /** SHA-256 of the rows of 600 articles (5 000 quotes, 1 200 events, 200 people) of seed 42. */
    private static final String SEED_42 = "b5d48ad87b7091a9cea36b7e1db50a599e856b20cdb66d58be4eb3ff5357e10f";

    @Test
    void theRowsOfASeedAreTheSameByteForByte() {
        assertThat(digest(42)).isEqualTo(SEED_42);
    }

    @Test
    void anotherSeedWritesAnotherCorpus() {
        assertThat(digest(7)).isNotEqualTo(SEED_42);
    }

    /** Writes the articles in chunks, as the generator does, with keys as a fresh database would give them. */
    private static String digest(long seed) {
        int articles = 600;
        int[] quotes = CorpusGenerator.spread(seed, 2, 5_000, articles, 0.6, 20);
        int[] events = CorpusGenerator.spread(seed, 3, 1_200, articles, 0.7, 5);
        var world = new World(seed, 200);
        long key = 0;
        for (var p : world.people) {
            p.key = ++key;
        }
        key = 0;
        for (var e : world.entries()) {
            e.key = ++key;
        }
        var factory = new ArticleFactory(world, seed);
        var keys = new Keys();
        var sha = sha256();
        for (int from = 0; from < articles; from += 250) {
            var chunk = new Chunk();
            for (int i = from; i < Math.min(articles, from + 250); i++) {
                factory.write(i, articles, quotes[i], events[i], keys, chunk);
            }
            assertThat(chunk.articles).isEqualTo(Math.min(articles, from + 250) - from);
            for (var table : chunk.tables()) {
                sha.update(table.copySql().getBytes(StandardCharsets.UTF_8));
                sha.update(table.bytes());
            }
        }
        assertThat(keys.quote).isEqualTo(5_000);
        assertThat(keys.event).isEqualTo(1_200);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
