package curio.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The admin dashboard as an admin's browser shows it: signs in from the link's page, reads each chart back
 * from its canvas, downloads the figures CSV and checks it against {@code /admin/api/figures} read in the same
 * session. Shared by the engine's browser test and the journey on the shipped jar (bot's test-jar), so both
 * hold the page to the same checks; it uses nothing of the product's classes.
 */
public final class DashboardPage {

    /** Where each bar or point of a chart was drawn, the value its pixel height stands for, and its pixel's colour. */
    private static final String DRAWN = """
            const chart = Chart.getChart(document.getElementById(arguments[0]));
            const canvas = chart.canvas, ratio = chart.currentDevicePixelRatio, bar = chart.config.type === 'bar';
            const context = canvas.getContext('2d');
            return chart.getDatasetMeta(0).data.map((element, i) => {
              const y = bar ? (element.y + element.base) / 2 : element.y;
              const pixel = context.getImageData(Math.round(element.x * ratio), Math.round(y * ratio), 1, 1).data;
              return { label: String(chart.data.labels[i]), value: chart.scales.y.getValueForPixel(element.y),
                       blue: pixel[3] > 0 && pixel[2] > pixel[0] + 60 };
            });
            """;
    private static final List<String> FIGURES = List.of("learners", "learningDays", "streaks", "checkInRate", "quizAccuracy",
            "challenges", "topTracks");

    private final HeadlessChromium browser;
    private final ObjectMapper json = new ObjectMapper();

    public DashboardPage(HeadlessChromium browser) {
        this.browser = browser;
    }

    /** Clicks "sign in" on the link's page and waits until the dashboard drew its figures; fails saying what it shows instead. */
    public void signIn() throws IOException, InterruptedException {
        browser.click("#sign-in");
        JsonNode ready = browser.await("return document.body && document.body.dataset.ready || ''",
                value -> value.asText().equals("true") || value.asText().equals("error"));
        assertEquals("true", ready.asText(), "the page drew its figures: " + text());
    }

    public String text() throws IOException, InterruptedException {
        return browser.run("return document.body.innerText").asText();
    }

    /** The text of the element with this id, as shown. */
    public String shown(String id) throws IOException, InterruptedException {
        return browser.run("return document.getElementById(arguments[0]).textContent", id).asText();
    }

    /** The points of the chart on canvas {@code id}: {@code label}, {@code value} (from its pixel height), {@code blue} (painted). */
    public JsonNode drawn(String id) throws IOException, InterruptedException {
        return browser.run(DRAWN, id);
    }

    /** {@code /admin/api/figures}, fetched by the page's own session. */
    public JsonNode figures() throws IOException, InterruptedException {
        return json.readTree(browser.runAsync("""
                fetch('/admin/api/figures').then(r => r.text()).then(arguments[arguments.length - 1]);""").asText());
    }

    /** Clicks the figures CSV link and waits for the file in {@code downloads} (which the browser was given). */
    public Path downloadFiguresCsv(Path downloads) throws IOException, InterruptedException {
        browser.click("#figures-csv");
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst();
                if (csv.isPresent()) {
                    return csv.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no CSV was downloaded to " + downloads);
    }

    /** Empties {@code downloads} (made if missing), so the next CSV found there is the one just downloaded. */
    public static Path emptied(Path downloads) throws IOException {
        Files.createDirectories(downloads);
        try (Stream<Path> old = Files.list(downloads)) {
            old.forEach(file -> file.toFile().delete());
        }
        return downloads;
    }

    /** Every point drawn where its expected value is on the y axis, and painted (bars of 0 have no body). */
    public static void assertDrawn(JsonNode points, int count, ToIntFunction<JsonNode> expected) {
        assertEquals(count, points.size(), points.toString());
        for (JsonNode point : points) {
            int value = expected.applyAsInt(point);
            assertEquals(value, point.get("value").asDouble(), 0.05, "drawn at the height of its value: " + point);
            if (value > 0) {
                assertTrue(point.get("blue").asBoolean(), "painted: " + point);
            }
        }
    }

    /** Each CSV row {@code figure,item,measure,value} is the API's figure, and every figure has a row. */
    public static void assertCsvHoldsTheApi(List<String> lines, JsonNode api) {
        assertEquals("figure,item,measure,value", lines.get(0));
        int values = 0;
        for (String figure : FIGURES) {
            JsonNode node = api.get(figure);
            if (node.isObject()) {
                values += node.size();
            } else {
                for (JsonNode item : node) {
                    values += item.size() - 1;
                }
            }
        }
        assertEquals(values, lines.size() - 1, "one row per figure");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 4);
            JsonNode node = api.get(cells[0]);
            if (node.isArray()) {
                node = item(node, cells[1]);
            }
            JsonNode value = node.get(cells[2]);
            String expected = value.isNumber() ? number(value.asDouble()) : value.asText();
            String actual = cells[3].startsWith("\"") ? cells[3].substring(1, cells[3].length() - 1) : cells[3];
            assertEquals(expected, value.isNumber() ? number(Double.parseDouble(actual)) : actual, line);
        }
    }

    /** A number as the CSV writes it (no trailing zeros): compared by value, not by how JSON spelled it. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static JsonNode item(JsonNode array, String key) {
        for (JsonNode item : array) {
            Iterator<JsonNode> fields = item.elements();
            if (fields.next().asText().equals(key)) {
                return item;
            }
        }
        throw new AssertionError("no " + key + " in " + array);
    }
}
