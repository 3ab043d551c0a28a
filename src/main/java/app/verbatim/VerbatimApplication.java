package app.verbatim;

import app.verbatim.draft.ExtractCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class VerbatimApplication {

    public static void main(String[] args) {
        // "token create ..." is a command, not the service: no web server for it.
        boolean command = args.length > 0 && args[0].equals("token");
        var application = new SpringApplicationBuilder(VerbatimApplication.class)
                .web(command ? WebApplicationType.NONE : WebApplicationType.SERVLET);
        // "extract FILE" drafts a text and prints it: no web server, and nothing but the draft on stdout.
        if (ExtractCommand.isCommand(args)) {
            ExtractCommand.prepare(application, args);
        }
        application.run(args);
    }
}
