package app.verbatim.shared.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Socket buffers for answers of tens of kilobytes (an article model is 21 KB on average).
 * Tomcat's NIO connector writes through an 8 KB heap buffer by default: every answer takes
 * several writes, each copied once more by the JDK into a temporary direct buffer. Direct
 * buffers of 64 KB write most answers in one system call with one copy
 * (docs/benchmarks.md, scenario 3).
 */
@Component
class TomcatSockets implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.directBuffer", "true");
            connector.setProperty("socket.appWriteBufSize", String.valueOf(64 * 1024));
        });
    }
}
