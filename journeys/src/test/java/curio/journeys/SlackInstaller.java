package curio.journeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A workspace admin's browser installing Curio (OAuth v2): {@code /slack/install} answers with a
 * redirect to Slack's authorize page and a state cookie; Slack sends the browser back to
 * {@code /slack/oauth_redirect} with a code and that state.
 */
final class SlackInstaller {

    /** The install page's answer: the redirect, and the state and cookie the way back must carry. */
    record Started(HttpResponse<String> response, String authorize, String state, String cookie) {
    }

    private final CurioJar curio;
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    SlackInstaller(CurioJar curio) {
        this.curio = curio;
    }

    Started start() throws IOException, InterruptedException {
        HttpResponse<String> install = get("/slack/install", null);
        String authorize = install.headers().firstValue("Location").orElse("");
        String state = authorize.replaceAll(".*[?&]state=([^&]+).*", "$1");
        String cookie = install.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(null);
        return new Started(install, authorize, state, cookie);
    }

    /** Slack sends the browser back with {@code code}, after the admin allowed the install. */
    HttpResponse<String> returnWith(Started started, String code) throws IOException, InterruptedException {
        return get("/slack/oauth_redirect?code=" + code + "&state=" + started.state(), started.cookie());
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(curio.uri(path).toString())).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
