package curio.teams;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Posts an activity body (see {@link Activities}) to a running server's {@code /api/messages}, as
 * the Bot Connector would, and returns the HTTP status; the bot's answers arrive at the
 * {@link FakeBotConnector}. Shipped in the test-jar for the bot module's end-to-end tests.
 */
public final class Post {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Post() {
    }

    /**
     * @param server        the embedded server's URL, e.g. {@code EmbeddedServer.getURL()}
     * @param authorization a {@code Bearer} token from {@link OpenIdServer#token}, or null in dev mode
     */
    public static int activity(java.net.URL server, String body, String authorization) {
        return exchange(server, body, authorization).statusCode();
    }

    /** As {@link #activity}, with the answer's body (a refusal says why in {@code {"error": ...}}). */
    public static HttpResponse<String> exchange(java.net.URL server, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
