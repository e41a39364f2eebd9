package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import curio.support.DashboardPage;
import curio.support.HeadlessChromium;
import curio.support.PlaygroundPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shipped jar in a real browser (Debian's headless Chromium, see {@link HeadlessChromium}): what the module's
 * browser tests check on the engine, checked on what users run, since a shaded jar can lose a page's assets
 * (Chart.js, the page's script) or a service file while those tests pass. An admin opens the dashboard link
 * Curio sent in Slack after learners checked in there; a visitor of the playground answers the day's prompt
 * and checks in through the button of the check-in Curio sends on its own. In order, on two jars started once.
 * Skipped, saying why, without Chromium ({@code .ci/run} installs it), before either jar starts; screenshots of
 * each step, the CSV and the drivers' logs are in {@code target/browser-journeys}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisabledIf(value = "noBrowser", disabledReason = "no headless Chromium (the reason is printed)")
class BrowserJourneysIT {

    static final Path ARTIFACTS = Path.of("target", "browser-journeys").toAbsolutePath();
    static final String TOKEN = "xoxb-1000000001-2000000002-BrowserJourneys01";
    static final String TEAM = "T0BROWSE1";
    static final String ADMIN = "U0ADA";
    static final List<String> LEARNERS = List.of("U0MIA", "U0NOAH", "U0OMAR");
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, TEAM, "Acme Browsers");
    private static final Pattern SIGN_IN = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/admin/signin\\?token=[0-9a-f.]+");

    @RegisterExtension
    static final CurioJar SLACK = CurioJar.named("browser-slack", () -> Map.of("SLACK_BOT_TOKEN", TOKEN,
            "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL", API.url(),
            "CURIO_PUBLIC_URL", "http://127.0.0.1:" + BrowserJourneysIT.SLACK.port())).closingAfterwards(API).startedByTheJourney();
    @RegisterExtension
    static final CurioJar WEB = CurioJar.named("browser-web", Map::of).startedByTheJourney();

    /** The playground visitor's browser, open from their first journey to their check-in. */
    static HeadlessChromium visitor;
    static PlaygroundPage playground;

    static boolean noBrowser() {
        Optional<String> missing = HeadlessChromium.unavailable();
        missing.ifPresent(reason -> System.out.println("BrowserJourneysIT skipped: " + reason));
        return missing.isPresent();
    }

    /** The Slack jar, starting while the visitor's first journey runs: one after the other took half of this class's time. */
    static CompletableFuture<CurioJar> slackStarted;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(ARTIFACTS);
        slackStarted = CompletableFuture.supplyAsync(() -> {
            try {
                return SLACK.launch();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        WEB.launch();
    }

    /**
     * The check-in question comes at the learner's check-in time, by the jar's own schedule: the visitor lives
     * where it is about 14:00 now and moves the check-in to the coming minute. It arrives while the admin's journey
     * runs; the next journey clicks it, in the same browser.
     */
    @Test
    @Order(1)
    void aVisitorOfThePlaygroundAnswersTheDaysPromptAndMovesTheCheckInToTheComingMinute() throws Exception {
        ZoneId zone = afternoonNow();
        visitor = new HeadlessChromium(ARTIFACTS, ARTIFACTS.resolve("chromedriver-playground.log"));
        playground = new PlaygroundPage(visitor).open("http://127.0.0.1:" + WEB.port() + "/", "quinn", zone.getId());
        playground.say("start");
        playground.awaitText("Welcome aboard");
        playground.say("days mon-sun");
        assertTrue(playground.awaitText("learning days are now").contains("learning days are now"), playground.messages().toString());
        if (visitor.run("return document.querySelectorAll('#log button[data-action^=\"prompt.\"]').length").asInt() == 0) {
            playground.say("today"); // start shows no prompt on a day off; every day is a learning day now
        }
        playground.answerPrompt(playground.awaitPrompt(), "asked why less and how more");
        visitor.screenshot(ARTIFACTS.resolve("playground-1-prompt-answered.png"));

        LocalDateTime due;
        do { // again for the next minute when Curio's answer came after the minute began: it is then due tomorrow
            due = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            String at = due.format(DateTimeFormatter.ofPattern("HH:mm"));
            String moved = "Check-ins now come at " + at;
            playground.say("time checkin " + at);
            assertTrue(playground.awaitText(moved).contains(moved), playground.messages().toString());
        } while (!LocalDateTime.now(zone).isBefore(due.minusSeconds(1)));
    }

    @Test
    @Order(2)
    void anAdminOpensTheDashboardLinkCurioSentInSlackAndSeesTodaysCheckInsDrawnAndInTheCsv() throws Exception {
        slackStarted.join();
        SlackWorkspace slack = new SlackWorkspace(API, new SlackRequests(SLACK.uri("/slack/events")), TEAM);
        for (String learner : LEARNERS) {
            slack.say(learner, "start", "Welcome aboard");
            slack.say(learner, "tried asked a colleague for feedback", "Checked in");
        }
        String answer = slack.say(ADMIN, "admin dashboard", "/admin/signin").params().toString();
        Matcher link = SIGN_IN.matcher(answer);
        assertTrue(link.find(), "a sign-in link on CURIO_PUBLIC_URL: " + answer);

        Path downloads = DashboardPage.emptied(ARTIFACTS.resolve("downloads"));
        try (HeadlessChromium browser = new HeadlessChromium(downloads, ARTIFACTS.resolve("chromedriver-dashboard.log"))) {
            DashboardPage page = new DashboardPage(browser);
            browser.open(link.group());
            browser.screenshot(ARTIFACTS.resolve("dashboard-1-sign-in.png"));
            page.signIn();
            browser.screenshot(ARTIFACTS.resolve("dashboard-2-charts.png"));
            assertEquals(Integer.toString(LEARNERS.size()), page.shown("enrolled"));
            JsonNode api = page.figures();
            String today = api.path("asOf").asText();
            DashboardPage.assertDrawn(page.drawn("learning-days"), 90,
                    point -> point.get("label").asText().equals(today) ? LEARNERS.size() : 0);
            DashboardPage.assertDrawn(page.drawn("streaks"), 7,
                    point -> point.get("label").asText().equals("1") ? LEARNERS.size() : 0);

            Path csv = page.downloadFiguresCsv(downloads);
            browser.screenshot(ARTIFACTS.resolve("dashboard-3-csv-downloaded.png"));
            Files.copy(csv, ARTIFACTS.resolve("figures.csv"), StandardCopyOption.REPLACE_EXISTING);
            DashboardPage.assertCsvHoldsTheApi(Files.readAllLines(csv), api);

            browser.open(link.group());
            browser.screenshot(ARTIFACTS.resolve("dashboard-4-link-used-again.png"));
            assertTrue(page.text().contains("403 Forbidden"), "a link works once: " + page.text());
        }
    }

    @Test
    @Order(3)
    void theVisitorChecksInThroughTheButtonOfTheCheckInCurioSentAtThatMinuteAndSeesTheStreak() throws Exception {
        assertNotNull(playground, "the visitor's first journey did not get as far as the check-in time");
        playground.openCheckIn(90);
        playground.fill("asked a newcomer how they would do it");
        visitor.screenshot(ARTIFACTS.resolve("playground-2-check-in-form.png"));
        visitor.run("document.querySelector('#log form').requestSubmit()");
        assertEquals(0, playground.awaitFormClosed(), "the form closes after it was sent");
        String log = playground.awaitText("Checked in");
        visitor.screenshot(ARTIFACTS.resolve("playground-3-checked-in.png"));
        assertTrue(log.contains("Checked in") && log.contains("Streak"), "checked in, with the streak: " + playground.messages());
    }

    @AfterAll
    static void closeTheVisitorsBrowser() {
        if (visitor != null) {
            visitor.close();
        }
        if (slackStarted != null) {
            slackStarted.exceptionally(failed -> null).join(); // started, or given up, before CurioJar stops it
        }
    }

    /** A zone (a place: Curio refuses fixed offsets) where it is about 14:00 now: after the 09:30 prompt, far from midnight. */
    private static ZoneId afternoonNow() {
        Instant now = Instant.now();
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.matches("(Africa|America|Asia|Australia|Europe|Pacific)/[A-Za-z_]+"))
                .sorted().map(ZoneId::of)
                .min(Comparator.comparingInt(zone -> Math.abs(now.atZone(zone).toLocalTime().toSecondOfDay() - 14 * 3600)))
                .orElseThrow();
    }
}
