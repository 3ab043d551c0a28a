package app.verbatim.format;

import app.verbatim.event.EventView;
import app.verbatim.quote.QuoteView;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes pages of quotes or events as RFC 4180 CSV: a header row, CRLF line ends, fields
 * quoted when they hold a comma, a quote or a line break. One row per record; lists (topics,
 * participants) are joined with "; ". The paging is the JSON's, in the {@code Link} header.
 */
@Component
class CsvConverter extends AbstractGenericHttpMessageConverter<PageOf<?>> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final List<Column<QuoteView>> QUOTE_COLUMNS = List.of(
            new Column<>("id", q -> String.valueOf(q.id())),
            new Column<>("article", q -> q.article().id()),
            new Column<>("kind", q -> q.kind().name().toLowerCase()),
            new Column<>("speaker_id", q -> q.speaker().id()),
            new Column<>("speaker_name", q -> q.speaker().name()),
            new Column<>("source", q -> q.source().text()),
            new Column<>("cue", q -> q.cue().text()),
            new Column<>("content", q -> q.content().text()),
            new Column<>("content_start", q -> String.valueOf(q.content().start())),
            new Column<>("content_end", q -> String.valueOf(q.content().end())),
            new Column<>("channel", q -> q.channel() == null ? "" : q.channel().name()),
            new Column<>("topics", q -> ids(q.topics())),
            new Column<>("updated_at", q -> q.updatedAt() == null ? "" : q.updatedAt().toString()));

    private static final List<Column<EventView>> EVENT_COLUMNS = List.of(
            new Column<>("id", e -> String.valueOf(e.id())),
            new Column<>("article", e -> e.article().id()),
            new Column<>("kind", EventView::kind),
            new Column<>("title", EventView::title),
            new Column<>("status", e -> e.status().name().toLowerCase()),
            new Column<>("earliest", e -> e.when().earliest() == null ? "" : e.when().earliest().toString()),
            new Column<>("latest", e -> e.when().latest() == null ? "" : e.when().latest().toString()),
            new Column<>("precision", e -> e.when().precision().name().toLowerCase()),
            new Column<>("when_stated", e -> String.valueOf(e.when().stated())),
            new Column<>("when_source", e -> e.when().source() == null ? "" : e.when().source()),
            new Column<>("place", e -> e.place() == null ? "" : e.place().id()),
            new Column<>("place_stated", e -> e.place() == null ? "" : String.valueOf(e.place().stated())),
            new Column<>("participants", e -> ids(e.participants())),
            new Column<>("evidence", e -> e.evidence().stream().map(TextSpan::text).collect(Collectors.joining(" | "))));

    private final CsvMapper csv = CsvMapper.builder().build();

    CsvConverter() {
        super(TEXT_CSV);
    }

    private record Column<T>(String name, Function<T, @Nullable String> value) {
    }

    @Override
    public boolean canWrite(@Nullable Type type, Class<?> clazz, @Nullable MediaType mediaType) {
        return itemType(type) != null && canWrite(mediaType);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return PageOf.class.isAssignableFrom(clazz);
    }

    @Override
    public boolean canRead(Type type, @Nullable Class<?> contextClass, @Nullable MediaType mediaType) {
        return false;
    }

    @Override
    protected void writeInternal(PageOf<?> page, @Nullable Type type, HttpOutputMessage output) throws IOException {
        var item = itemType(type);
        String[][] rows = item == QuoteView.class ? table(QUOTE_COLUMNS, page.items()) : table(EVENT_COLUMNS, page.items());
        var schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (var writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8)) {
            csv.writer(schema).writeValue(writer, rows);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> String[][] table(List<Column<T>> columns, List<?> items) {
        var rows = new String[items.size() + 1][];
        rows[0] = columns.stream().map(Column::name).toArray(String[]::new);
        for (int i = 0; i < items.size(); i++) {
            T item = (T) items.get(i);
            rows[i + 1] = columns.stream().map(c -> {
                String value = c.value().apply(item);
                return value == null ? "" : value;
            }).toArray(String[]::new);
        }
        return rows;
    }

    private static @Nullable Class<?> itemType(@Nullable Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == PageOf.class
                && (p.getActualTypeArguments()[0] == QuoteView.class || p.getActualTypeArguments()[0] == EventView.class)) {
            return (Class<?>) p.getActualTypeArguments()[0];
        }
        return null;
    }

    private static String ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).collect(Collectors.joining("; "));
    }

    @Override
    public PageOf<?> read(Type type, @Nullable Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written, not read", input);
    }

    @Override
    protected PageOf<?> readInternal(Class<? extends PageOf<?>> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written, not read", input);
    }
}
