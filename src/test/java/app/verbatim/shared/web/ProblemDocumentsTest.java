package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.shared.FieldProblem;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** The one writer of problem documents: what every answer of a failure shares. */
class ProblemDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aProblemHasItsStableTypeStatusAndDetail() {
        var problem = ProblemDocuments.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "No article 'x'.");

        assertThat(problem.getType()).hasToString("urn:verbatim:problem:not-found");
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isEqualTo("Not Found");
        assertThat(problem.getDetail()).isEqualTo("No article 'x'.");
    }

    @Test
    void writtenAsTextItsPropertiesAreMembersAndItNamesTheRequest() throws Exception {
        var problem = ProblemDocuments.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER, "Parameter 'size' must be an integer",
                List.of(new FieldProblem("size", "must be an integer")));
        var out = new StringWriter();

        ProblemDocuments.write(out, problem, "req-1");

        var written = JSON.readTree(out.toString());
        assertThat(written.get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-parameter");
        assertThat(written.get("status").asInt()).isEqualTo(400);
        assertThat(written.get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(written.get("requestId").asString()).isEqualTo("req-1");
        assertThat(written.has("properties")).isFalse();
    }

    @Test
    void aBulkLineTakesItsTypeFromItsStatus() {
        var errors = List.of(new FieldProblem("slug", "taken"));

        assertThat(ProblemDocuments.line(3, HttpStatus.CONFLICT, errors))
                .containsEntry("index", 3).containsEntry("status", 409)
                .containsEntry("type", "urn:verbatim:problem:conflict").containsEntry("errors", errors);
        assertThat(ProblemDocuments.line(0, HttpStatus.UNPROCESSABLE_CONTENT, errors)).containsEntry("type", "urn:verbatim:problem:invalid-document");
        assertThat(ProblemDocuments.line(0, HttpStatus.CONTENT_TOO_LARGE, errors)).containsEntry("type", "urn:verbatim:problem:payload-too-large");
        assertThat(ProblemDocuments.line(0, HttpStatus.BAD_REQUEST, errors)).containsEntry("type", "urn:verbatim:problem:invalid-request");
        assertThat(ProblemDocuments.line(0, HttpStatus.INTERNAL_SERVER_ERROR, errors)).containsEntry("type", "urn:verbatim:problem:internal");
    }
}
