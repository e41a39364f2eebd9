package curio.web;

import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the address the HTTP server listens on. {@code CURIO_WEB_BIND} wins when set. Otherwise,
 * while something lets anyone who reaches Curio speak as anyone (the playground, or Teams in
 * development mode, which takes activities without a token), only this machine can reach Curio
 * (127.0.0.1); else Curio keeps listening on every interface so that Slack and Teams can reach it.
 */
@Singleton
public class WebBind implements BeanCreatedEventListener<HttpServerConfiguration> {

    static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(WebBind.class);
    private final Environment environment;

    public WebBind(Environment environment) {
        this.environment = environment;
    }

    @Override
    public HttpServerConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration> event) {
        HttpServerConfiguration server = event.getBean();
        String bind = environment.getProperty("curio.web-bind", String.class).map(String::trim).orElse("");
        if (!bind.isEmpty()) {
            server.setHost(checked(bind));
        } else if (server.getHost().isEmpty()) {
            String open = WebEnabled.on(environment) ? "The web playground is on"
                    : WebEnabled.teamsWithoutAuthentication(environment) ? "Teams runs in development mode (no token)"
                    : null;
            if (open != null) {
                server.setHost(LOOPBACK);
                LOG.info("{}: Curio listens on {} only; CURIO_WEB_BIND=0.0.0.0 opens it to every interface (and so to "
                        + "anyone who can reach this machine)", open, LOOPBACK);
            }
        }
        return server;
    }

    private static String checked(String bind) {
        try {
            InetAddress.getByName(bind);
            return bind;
        } catch (UnknownHostException | SecurityException e) {
            throw new ConfigurationException("CURIO_WEB_BIND must be an address of this machine to listen on, "
                    + "like 127.0.0.1 or 0.0.0.0; got \"" + bind + "\"");
        }
    }
}
