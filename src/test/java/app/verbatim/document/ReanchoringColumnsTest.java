package app.verbatim.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-anchoring moves the spans it knows of; a span column it does not know would keep pointing
 * at the old body after an edit. The schema, as the migrations leave it, is the list: a span is
 * the five columns {@code <name>_start, _end, _text, _prefix, _suffix} of one table (as every
 * migration writes them).
 */
@ApiTest
class ReanchoringColumnsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySpanColumnOfAnArticlesRecordsIsReanchored() {
        var inSchema = spanColumns().stream().filter(c -> !c.table().equals("article")).toList();

        assertThat(inSchema).isNotEmpty();
        assertThat(Reanchoring.COLUMNS.stream().map(c -> c.table() + "." + c.column()))
                .containsExactlyInAnyOrderElementsOf(inSchema.stream().map(c -> c.table() + "." + c.column()).toList());
    }

    @Test
    void theOnlySpanOutsideTheRecordsIsTheArticlesPublicationTimeWhichAPatchMovesItself() {
        assertThat(spanColumns().stream().filter(c -> c.table().equals("article")).map(Reanchoring.SpanColumn::column))
                .containsExactly("published_span");
    }

    @Test
    void everyTableWithASpanIsOneArticlesRows() {
        assertThat(spanColumns().stream().map(Reanchoring.SpanColumn::table).distinct().filter(t -> !t.equals("article")))
                .allSatisfy(table -> assertThat(jdbc.sql("""
                        select count(*) from information_schema.columns
                        where table_schema = current_schema() and table_name = :table and column_name = 'article_id'""")
                        .param("table", table).query(Long.class).single()).as(table).isEqualTo(1));
    }

    /** Every (table, span) the schema holds, found by the five-column convention. */
    private List<Reanchoring.SpanColumn> spanColumns() {
        return jdbc.sql("""
                select s.table_name, left(s.column_name, length(s.column_name) - length('_start'))
                from information_schema.columns s
                where s.table_schema = current_schema() and s.column_name like '%\\_start'
                  and (select count(*) from information_schema.columns c
                       where c.table_schema = s.table_schema and c.table_name = s.table_name
                         and c.column_name in (left(s.column_name, length(s.column_name) - 6) || '_end',
                                               left(s.column_name, length(s.column_name) - 6) || '_text',
                                               left(s.column_name, length(s.column_name) - 6) || '_prefix',
                                               left(s.column_name, length(s.column_name) - 6) || '_suffix')) = 4
                order by 1, 2""")
                .query((rs, i) -> new Reanchoring.SpanColumn(rs.getString(1), rs.getString(2), ""))
                .list();
    }
}
