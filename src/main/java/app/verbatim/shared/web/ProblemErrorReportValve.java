package app.verbatim.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.ExceptionUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat answers some requests itself, before any servlet sees them (an encoded slash, a
 * malformed URI): this makes those answers problem documents too, instead of an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var resolved = HttpStatus.resolve(status);
        String title = resolved == null ? "Error" : resolved.getReasonPhrase();
        String detail = switch (status) {
            case 501 -> "This server does not implement what the request asks for (a method or transfer coding).";
            case 505 -> "This server speaks HTTP/1.1 (and HTTP/1.0); not the version the request names.";
            default -> status >= 500 ? "The server failed to answer this request." : "The request was rejected: " + title + ".";
        };
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                // Tomcat may answer before any filter ran: then the id is made here.
                String requestId = request.getAttribute(RequestId.ATTRIBUTE) instanceof String id ? id : RequestIds.accept(null);
                if (!response.isCommitted()) {
                    response.setHeader(RequestId.HEADER, requestId);
                }
                var problem = ProblemDocuments.of(HttpStatusCode.valueOf(status), ProblemType.forStatus(status), detail);
                problem.setTitle(title);
                ProblemDocuments.write(writer, problem, requestId);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            ExceptionUtils.handleThrowable(e);
        }
    }
}
