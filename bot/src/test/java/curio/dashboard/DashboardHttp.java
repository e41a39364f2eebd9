package curio.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dashboard over real HTTP on loopback, as a browser would use it (cookies kept by the caller). */
final class DashboardHttp {

    private static final Pattern COOKIE = Pattern.compile(DashboardSessions.COOKIE + "=([^;]*)");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    DashboardHttp(int port) {
        this.port = port;
    }

    /** A link's address on this server (links name localhost; tests speak to 127.0.0.1). */
    URI local(String link) {
        URI uri = URI.create(link);
        return URI.create("http://127.0.0.1:" + port + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    HttpResponse<String> open(String link) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(local(link)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Presses the sign-in page's button: posts the link's token back. */
    HttpResponse<String> signIn(String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(path("/admin/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
    }

    /** Opens the link and signs in; the session cookie's value. */
    String session(String link) throws IOException, InterruptedException {
        HttpResponse<String> response = signIn(token(link));
        Matcher cookie = COOKIE.matcher(response.headers().firstValue("Set-Cookie").orElse(""));
        if (response.statusCode() != 303 || !cookie.find()) {
            throw new AssertionError("no session: " + response.statusCode() + " " + response.body());
        }
        return cookie.group(1);
    }

    HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(path(path));
        if (session != null) {
            request.header("Cookie", DashboardSessions.COOKIE + "=" + session);
        }
        return send(request);
    }

    HttpResponse<String> postJson(String path, String session, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(path(path)).header("Content-Type", "application/json")
                .header("Cookie", DashboardSessions.COOKIE + "=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    static String token(String link) {
        return URI.create(link).getRawQuery().substring("token=".length());
    }

    private URI path(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
