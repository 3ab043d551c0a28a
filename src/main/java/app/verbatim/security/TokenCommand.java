package app.verbatim.security;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code token create --role=admin --name=NAME} as program arguments issues a token, prints it
 * and stops: how the first admin gets one. See the README for the command line.
 */
@Component
@Order(0)
record TokenCommand(Tokens tokens, ConfigurableApplicationContext context) implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().equals(List.of("token", "create"))) {
            return;
        }
        var role = Role.valueOf(single(args, "role", "editor").toUpperCase(java.util.Locale.ROOT));
        var issued = tokens.issue(single(args, "name", "cli"), role);
        System.out.printf("%nIssued %s token #%d (%s). It is shown only now:%n%n%s%n%n",
                issued.role().name().toLowerCase(java.util.Locale.ROOT), issued.id(), issued.name(), issued.token());
        System.exit(org.springframework.boot.SpringApplication.exit(context, () -> 0));
    }

    private static String single(ApplicationArguments args, String name, String fallback) {
        var values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }
}
