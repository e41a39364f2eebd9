package curio.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A plain page at {@code /} to chat with Curio in the browser through the web API. It hands the
 * browser its playground token ({@link WebToken}) and may not be framed by another page. With
 * {@code CURIO_DEMO=true} it shows a "next day" button.
 */
@Controller
@Requires(condition = WebEnabled.class)
public class PlaygroundController {

    private final String page;
    private final boolean demo;

    public PlaygroundController(@Property(name = "curio.demo", defaultValue = "false") boolean demo) {
        this.demo = demo;
        try (InputStream in = PlaygroundController.class.getResourceAsStream("/web/playground.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> playground(HttpRequest<?> request) {
        String token = WebToken.forBrowser(request);
        return HttpResponse.ok(page.replace("{{token}}", token).replace("{{demo}}", String.valueOf(demo))).cookie(WebToken.cookie(token))
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'");
    }
}
