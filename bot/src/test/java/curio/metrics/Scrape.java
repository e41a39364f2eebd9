package curio.metrics;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** {@code GET /metrics} as Prometheus reads it, and the value of one series in its text. */
public record Scrape(int status, String contentType, String text) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static Scrape of(EmbeddedServer server, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/metrics"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Scrape(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of the series written exactly {@code series} (name and labels), if it is there. */
    Optional<Double> find(String series) {
        return text.lines().filter(line -> line.startsWith(series + " "))
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).findFirst();
    }

    public double value(String series) {
        return find(series).orElseThrow(() -> new AssertionError("no series " + series + " in:\n" + text));
    }

    /** The first line of metric {@code name} whose labels include every one of {@code labels}. */
    Optional<String> line(String name, String... labels) {
        return text.lines().filter(line -> line.startsWith(name + "{"))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains)).findFirst();
    }
}
