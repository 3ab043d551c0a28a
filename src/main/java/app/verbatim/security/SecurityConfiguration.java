package app.verbatim.security;

import app.verbatim.shared.web.ProblemDocuments;
import app.verbatim.shared.web.ProblemType;
import app.verbatim.shared.web.StandardHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads are public; writes need a token: POST, PUT and PATCH an editor's, DELETE and tokens an
 * admin's. No sessions and no cookies, so there is nothing for CSRF to ride on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, Tokens tokens, JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"verbatim\""
                    + (request.getHeader("Authorization") != null ? ", error=\"invalid_token\"" : ""));
            write(response, json, HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHENTICATED,
                    request.getHeader("Authorization") != null ? "The token is unknown or revoked."
                            : "This needs a token: Authorization: Bearer <token>.");
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                write(response, json, HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "This token's role may not do this.");
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .cors(Customizer.withDefaults())
                // A public read API wants its answers cached and revalidated (ETags), not Security's no-store.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()).contentSecurityPolicy(csp -> csp.policyDirectives(
                        StandardHeaders.CONTENT_SECURITY_POLICY)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .addFilterBefore(new TokenAuthenticationFilter(tokens, unauthenticated), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/api/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/**").hasRole("EDITOR")
                        .requestMatchers(HttpMethod.PUT, "/api/**").hasRole("EDITOR")
                        .requestMatchers(HttpMethod.PATCH, "/api/**").hasRole("EDITOR")
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * The firewall's refusals (an encoded slash or percent, {@code ..}, a {@code ;} in the path) as
     * our problem, written at once: the default sends a bare 400 through the error page.
     */
    @Bean
    RequestRejectedHandler requestRejected(JsonMapper json) {
        return (request, response, e) -> write(response, json, HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST,
                "The request was rejected: its path or parameters carry characters no resource takes.");
    }

    private static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, ProblemType type,
                              String detail) throws IOException {
        ProblemDocuments.write(response, json, ProblemDocuments.of(status, type, detail));
    }
}
