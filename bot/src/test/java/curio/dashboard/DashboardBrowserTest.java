package curio.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import curio.support.DashboardPage;
import curio.support.HeadlessChromium;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An admin in a real browser (headless Chromium): opens the link Curio sent, signs in, sees the charts
 * drawn from the seeded figures (each seeded point read back from the canvas: where Chart.js drew it and
 * that the pixel there is painted), downloads the figures CSV and finds the JSON API's figures in it.
 * Screenshots of each step, the CSV and the driver's log stay in {@code target/dashboard-browser}. The same
 * {@link DashboardPage} checks run on the shipped jar in the journeys' {@code BrowserJourneysIT}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest extends DashboardTestBase {

    static final Path ARTIFACTS = Path.of("target", "dashboard-browser").toAbsolutePath();

    @BeforeAll
    void browser() {
        Optional<String> missing = HeadlessChromium.unavailable();
        missing.ifPresent(reason -> System.out.println("DashboardBrowserTest skipped: " + reason));
        Assumptions.assumeTrue(missing.isEmpty(), missing.orElse(""));
    }

    @Test
    void anAdminSignsInThroughTheLinkSeesTheSeededFiguresDrawnAndDownloadsThemAsCsv() throws Exception {
        Path downloads = DashboardPage.emptied(ARTIFACTS.resolve("downloads"));
        String link = workspace.link("ada");
        try (HeadlessChromium browser = new HeadlessChromium(downloads, ARTIFACTS.resolve("chromedriver.log"))) {
            DashboardPage page = new DashboardPage(browser);
            browser.open(link);
            browser.screenshot(ARTIFACTS.resolve("1-sign-in.png"));
            page.signIn();
            browser.screenshot(ARTIFACTS.resolve("2-dashboard.png"));
            assertEquals("5", page.shown("enrolled"));

            DashboardPage.assertDrawn(page.drawn("learning-days"), 90, point -> {
                LocalDate day = LocalDate.parse(point.get("label").asText());
                return DashboardWorkspace.LEARNING_DAYS.getOrDefault(day, 0);
            });
            Map<String, Integer> streaks = Map.of("0", 2, "1", 1, "2", 1, "3-6", 0, "7-13", 1, "14-29", 0, "30+", 0);
            DashboardPage.assertDrawn(page.drawn("streaks"), 7, point -> streaks.get(point.get("label").asText()));
            DashboardPage.assertDrawn(page.drawn("quiz"), 1, point -> {
                assertEquals(workspace.quizTrack, point.get("label").asText());
                return 50;
            });

            JsonNode api = page.figures();
            Path csv = page.downloadFiguresCsv(downloads);
            browser.screenshot(ARTIFACTS.resolve("3-csv-downloaded.png"));
            Files.copy(csv, ARTIFACTS.resolve("figures.csv"), StandardCopyOption.REPLACE_EXISTING);
            DashboardPage.assertCsvHoldsTheApi(Files.readAllLines(csv), api);

            browser.open(link);
            browser.screenshot(ARTIFACTS.resolve("4-link-used-again.png"));
            assertTrue(page.text().contains("403 Forbidden"));
        }
    }
}
