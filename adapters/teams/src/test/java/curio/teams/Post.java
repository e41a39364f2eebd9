package curio.teams;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Posts activity bodies to {@code /api/messages} and returns the status code. */
final class Post {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Post() {
    }

    static int activity(java.net.URL server, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
