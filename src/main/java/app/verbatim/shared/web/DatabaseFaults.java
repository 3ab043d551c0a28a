package app.verbatim.shared.web;

import app.verbatim.shared.database.DatabaseFault;
import app.verbatim.shared.database.DatabaseGate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request the database could not serve (see {@link DatabaseFault}), wherever the
 * failure surfaced: in a controller (through {@link Problems}) or before Spring MVC, in a servlet
 * filter, such as the token look-up of Spring Security's chain, which {@code @RestControllerAdvice}
 * never sees. The outermost filter here catches those and answers the same problem.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFaults {

    /** The problem for a database fault, or null when the failure is not one. */
    static @Nullable ResponseEntity<ProblemDetail> answer(Throwable failure, DatabaseGate gate) {
        var fault = DatabaseFault.of(failure);
        if (fault == null) {
            return null;
        }
        if (DatabaseFault.isConnectionFailure(failure)) {
            gate.suspect(failure);
        }
        var status = HttpStatusCode.valueOf(fault.type().status());
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(fault.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDocuments.of(status, fault.type(), fault.detail()));
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseFaultFilter(DatabaseGate gate, JsonMapper json) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (RuntimeException | ServletException e) {
                    var answer = response.isCommitted() ? null : answer(e, gate);
                    if (answer == null || answer.getBody() == null) {
                        throw e;
                    }
                    response.resetBuffer();
                    response.setHeader(HttpHeaders.RETRY_AFTER, answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
                    ProblemDocuments.write(response, json, answer.getBody());
                }
            }
        });
        registration.setName("databaseFaults");
        // Outside every other filter: Spring Security's chain (-100), the article model's fast path (-110).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
