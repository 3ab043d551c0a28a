package app.verbatim.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The actuator lives on the management port now, but orchestrators and the Dockerfile were told
 * to probe {@code /actuator/health/liveness} and {@code /readiness} on the public port: those
 * paths keep answering there, as the probe groups Boot serves at {@code /livez} and {@code /readyz}.
 */
@Controller
class ProbePaths {

    @GetMapping("/actuator/health/liveness")
    String liveness() {
        return "forward:/livez";
    }

    @GetMapping("/actuator/health/readiness")
    String readiness() {
        return "forward:/readyz";
    }
}
