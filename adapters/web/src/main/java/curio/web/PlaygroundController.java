package curio.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A plain page at {@code /} to chat with Curio in the browser through the web API. */
@Controller
@Requires(condition = WebEnabled.class)
public class PlaygroundController {

    private final String page;

    public PlaygroundController() {
        try (InputStream in = PlaygroundController.class.getResourceAsStream("/web/playground.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public String playground() {
        return page;
    }
}
