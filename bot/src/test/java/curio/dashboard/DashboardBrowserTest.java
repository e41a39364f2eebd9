package curio.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.support.Chat;
import curio.support.HeadlessChromium;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An admin in a real browser (headless Chromium): opens the link Curio sent, signs in, sees the charts
 * drawn from the seeded figures (each seeded point read back from the canvas: where Chart.js drew it and
 * that the pixel there is painted), downloads the figures CSV and finds the JSON API's figures in it.
 * Screenshots of each step, the CSV and the driver's log stay in {@code target/dashboard-browser}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest extends DashboardTestBase {

    static final Path ARTIFACTS = Path.of("target", "dashboard-browser").toAbsolutePath();

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

    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void browser() {
        Optional<String> missing = HeadlessChromium.unavailable();
        missing.ifPresent(reason -> System.out.println("DashboardBrowserTest skipped: " + reason));
        Assumptions.assumeTrue(missing.isEmpty(), missing.orElse(""));
    }

    @Test
    void anAdminSignsInThroughTheLinkSeesTheSeededFiguresDrawnAndDownloadsThemAsCsv() throws Exception {
        Path downloads = Files.createDirectories(ARTIFACTS.resolve("downloads"));
        try (Stream<Path> old = Files.list(downloads)) {
            old.forEach(file -> file.toFile().delete());
        }
        String link = workspace.link("ada");
        try (HeadlessChromium browser = new HeadlessChromium(downloads, ARTIFACTS.resolve("chromedriver.log"))) {
            browser.open(link);
            browser.screenshot(ARTIFACTS.resolve("1-sign-in.png"));
            browser.click("#sign-in");
            JsonNode ready = browser.await("return document.body && document.body.dataset.ready || ''",
                    value -> value.asText().equals("true") || value.asText().equals("error"));
            browser.screenshot(ARTIFACTS.resolve("2-dashboard.png"));
            assertEquals("true", ready.asText(), "the page drew its figures: " + browser.run("return document.body.innerText"));
            assertEquals("5", browser.run("return document.getElementById('enrolled').textContent").asText());

            assertDrawn(browser.run(DRAWN, "learning-days"), 90, point -> {
                LocalDate day = LocalDate.parse(point.get("label").asText());
                return DashboardWorkspace.LEARNING_DAYS.getOrDefault(day, 0);
            });
            Map<String, Integer> streaks = Map.of("0", 2, "1", 1, "2", 1, "3-6", 0, "7-13", 1, "14-29", 0, "30+", 0);
            assertDrawn(browser.run(DRAWN, "streaks"), 7, point -> streaks.get(point.get("label").asText()));
            assertDrawn(browser.run(DRAWN, "quiz"), 1, point -> {
                assertEquals(workspace.quizTrack, point.get("label").asText());
                return 50;
            });

            JsonNode api = json.readTree(browser.runAsync("""
                    fetch('/admin/api/figures').then(r => r.text()).then(arguments[arguments.length - 1]);""").asText());
            browser.click("#figures-csv");
            Path csv = downloaded(downloads);
            browser.screenshot(ARTIFACTS.resolve("3-csv-downloaded.png"));
            Files.copy(csv, ARTIFACTS.resolve("figures.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertCsvHoldsTheApi(Files.readAllLines(csv), api);

            browser.open(link);
            browser.screenshot(ARTIFACTS.resolve("4-link-used-again.png"));
            assertTrue(browser.run("return document.body.innerText").asText().contains("403 Forbidden"));
        }
    }

    /** Every point drawn where its seeded value is on the y axis, and painted (bars of 0 have no body). */
    private static void assertDrawn(JsonNode points, int count, java.util.function.ToIntFunction<JsonNode> seeded) {
        assertEquals(count, points.size(), points.toString());
        for (JsonNode point : points) {
            int expected = seeded.applyAsInt(point);
            assertEquals(expected, point.get("value").asDouble(), 0.05, "drawn at the height of its value: " + point);
            if (expected > 0) {
                assertTrue(point.get("blue").asBoolean(), "painted: " + point);
            }
        }
    }

    /** Each CSV row {@code figure,item,measure,value} is the API's figure, and every figure has a row. */
    private static void assertCsvHoldsTheApi(List<String> lines, JsonNode api) {
        assertEquals("figure,item,measure,value", lines.get(0));
        int values = 0;
        for (String figure : List.of("learners", "learningDays", "streaks", "checkInRate", "quizAccuracy", "challenges",
                "topTracks")) {
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
            String expected = value.isNumber() ? Csv.number(value.asDouble()) : value.asText();
            String actual = cells[3].startsWith("\"") ? cells[3].substring(1, cells[3].length() - 1) : cells[3];
            assertEquals(expected, value.isNumber() ? Csv.number(Double.parseDouble(actual)) : actual, line);
        }
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

    private static Path downloaded(Path folder) throws Exception {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst();
                if (csv.isPresent()) {
                    return csv.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no CSV was downloaded to " + folder);
    }
}
