package app.verbatim.format;

import static app.verbatim.support.Csv.csv;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Quotes as RFC 4180 CSV. */
@ApiTest
class CsvTest {

    @Autowired
    Api api;

    @Test
    void exportsQuotesAsRfc4180CsvWithTheSameFilters() {
        var response = api.get("/api/v1/quotes?speaker=nazarbayev", "text/csv");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        var rows = csv(response.body());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("id", "article", "kind", "speaker_id");
        assertThat(rows.get(2).get(7)).startsWith("In this connection, I once again emphasize").endsWith("peacefully,");
        assertThat(response.body()).contains("\r\n").doesNotContain("\n\n");
    }
}
