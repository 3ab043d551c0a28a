package app.verbatim.shared.web;

import app.verbatim.shared.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of RFC 9457 problem documents, wherever a failure is answered: Spring MVC's
 * advice and error controller return {@link #of}; filters, Spring Security's handlers and
 * Tomcat's error report, which answer on the raw response before or outside Spring MVC,
 * {@link #write}; a bulk stream's failed document is {@link #line}. Every type is a
 * {@link ProblemType}, so no URN is typed anywhere else.
 */
public final class ProblemDocuments {

    /** For writers that have no Spring context (Tomcat's error report valve). */
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private ProblemDocuments() {
    }

    public static ProblemDetail of(HttpStatusCode status, ProblemType type, @Nullable String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        return problem;
    }

    /** A problem with the fields at fault, each named ({@code errors}). */
    public static ProblemDetail of(HttpStatusCode status, ProblemType type, @Nullable String detail, List<FieldProblem> errors) {
        var problem = of(status, type, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Answers the raw response with the problem: its status, {@code application/problem+json},
     * and the request's id when there is one (Spring MVC adds it to its own in {@link AnsweredBodies}).
     */
    public static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), fields(problem, RequestId.current()));
    }

    /** Writes the problem as text (Tomcat's error report writer), with the request's id given. */
    static void write(Writer writer, ProblemDetail problem, String requestId) throws IOException {
        writer.write(PLAIN.writeValueAsString(fields(problem, requestId)));
    }

    /** One failed document of a bulk stream, a line of its NDJSON answer: {@code {index, status, type, errors}}. */
    public static Map<String, Object> line(int index, HttpStatus status, List<FieldProblem> errors) {
        var line = new LinkedHashMap<String, Object>();
        line.put("index", index);
        line.put("status", status.value());
        line.put("type", ProblemType.forStatus(status.value()).uri().toString());
        line.put("errors", errors);
        return line;
    }

    /** The document's members as Spring MVC writes a {@link ProblemDetail}: its properties at the top level. */
    private static Map<String, Object> fields(ProblemDetail problem, @Nullable String requestId) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("type", String.valueOf(problem.getType()));
        if (problem.getTitle() != null) {
            fields.put("title", problem.getTitle());
        }
        fields.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            fields.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            fields.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            fields.putAll(problem.getProperties());
        }
        if (requestId != null) {
            fields.putIfAbsent(RequestId.PROPERTY, requestId);
        }
        return fields;
    }
}
