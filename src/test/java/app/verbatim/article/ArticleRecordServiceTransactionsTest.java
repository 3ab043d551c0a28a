package app.verbatim.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.event.Events;
import app.verbatim.quote.Quotes;
import app.verbatim.resolution.Resolutions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of article record say nothing of transactions but on their writes: their reads are
 * read-only through the base class's annotation (a read-write commit would move the article
 * models' cache epoch).
 */
class ArticleRecordServiceTransactionsTest {

    private final AnnotationTransactionAttributeSource source = new AnnotationTransactionAttributeSource();

    @Test
    void everyPublicMethodOfAKindIsReadOnlyUnlessItIsAWrite() {
        for (Class<?> kind : List.of(Events.class, Quotes.class, Resolutions.class)) {
            for (Method m : kind.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                var attribute = source.getTransactionAttribute(m, kind);
                assertThat(attribute).as(kind.getSimpleName() + "." + m.getName()).isNotNull();
                boolean write = m.isAnnotationPresent(Transactional.class)
                        && !m.getAnnotation(Transactional.class).readOnly();
                assertThat(attribute.isReadOnly()).as(kind.getSimpleName() + "." + m.getName()).isEqualTo(!write);
            }
        }
        assertThat(Arrays.stream(Events.class.getMethods()).map(Method::getName)).contains("search", "get", "recordForArticle");
    }
}
