package curio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import curio.chat.UserRef;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.ReviewQueue;
import curio.schedule.CohortScheduler;
import curio.support.EngineTest;
import curio.support.HeadlessChromium;
import curio.support.MutableClock;
import curio.support.PlaygroundPage;
import curio.support.TestClockFactory;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * A visitor in a real browser (headless Chromium) chats with Curio on the playground page: answers the
 * day's prompt and a quiz (each message replaced in place), the check-in form (it closes and cannot be
 * sent twice), sees the streak heatmap, Curio's bold, line breaks and mentions drawn as such, a clicked message's
 * buttons disabled and greyed, and sets up a team in a channel as an admin. Screenshots of each
 * step and the driver's logs stay in {@code target/playground-browser}; skipped, saying why, without Chromium.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaygroundBrowserTest implements EngineTest {

    static final Path ARTIFACTS = Path.of("target", "playground-browser").toAbsolutePath();
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Inject
    MutableClock clock;
    @Inject
    EmbeddedServer server;
    @Inject
    UnifiedJedis redis;
    @Inject
    ReviewQueue reviews;
    @Inject
    PromptLibrary library;
    @Inject
    CohortScheduler scheduler;

    @BeforeAll
    void browser() throws Exception {
        java.util.Optional<String> missing = HeadlessChromium.unavailable();
        missing.ifPresent(reason -> System.out.println("PlaygroundBrowserTest skipped: " + reason));
        Assumptions.assumeTrue(missing.isEmpty(), missing.orElse(""));
        Files.createDirectories(ARTIFACTS);
    }

    @BeforeEach
    void fresh() {
        redis.flushAll();
        clock.set(TestClockFactory.START);
    }

    @Test
    void aVisitorAnswersAQuizAndTheCheckInFormAndSeesTheirWordsAsTextAndTheHeatmap() throws Exception {
        Prompt quiz = library.track("focus").orElseThrow().prompts().stream()
                .filter(p -> p.kind() == Prompt.Kind.QUIZ).findFirst().orElseThrow();
        reviews.answeredWrong(new UserRef(WebAdapter.TENANT, "quinn"), quiz.id(), MONDAY.minusDays(1));
        try (HeadlessChromium browser = new HeadlessChromium(ARTIFACTS, ARTIFACTS.resolve("chromedriver.log"))) {
            PlaygroundPage page = new PlaygroundPage(browser).open("http://localhost:" + server.getPort() + "/", "quinn", "UTC");
            page.say("start");
            JsonNode quizId = browser.await("const q = document.querySelector('#log .choice'); return q ? q.closest('.bot').id : ''",
                    id -> !id.asText().isEmpty());
            assertFalse(quizId.asText().isEmpty(), "start shows the quiz due for review: " + page.messages());
            int shown = page.messages().size();
            browser.click("#log .choice button");
            JsonNode replaced = browser.await("const e = document.querySelector('[data-ids~=\"" + quizId.asText()
                    + "\"]'); return e ? e.dataset.ids : ''", ids -> ids.asText().contains(" "));
            browser.screenshot(ARTIFACTS.resolve("1-quiz-answered.png"));
            assertTrue(replaced.asText().contains(" "), "the quiz message is replaced in place: " + page.messages());
            assertTrue(page.messages().size() >= shown, "nothing vanished");
            assertEquals(0, browser.run("return document.querySelectorAll('[data-ids~=\"" + quizId.asText()
                    + "\"] .choice button:enabled').length").asInt(), "the answered quiz offers no choice to click again");

            page.say("<img src=x onerror=document.title='owned'> *bold* in words");
            JsonNode echoed = browser.await("return document.querySelectorAll('#log .me').length", n -> n.asInt() >= 2);
            assertEquals(2, echoed.asInt());
            assertEquals(0, browser.run("return document.querySelectorAll('#log img').length").asInt(),
                    "a learner's markup is shown as text, never as HTML");

            fireCheckIn("quinn");
            page.openCheckIn(20);
            page.fill("asked a newcomer *why* <img src=x onerror=document.title='owned'> [x](https://evil.example)");
            browser.screenshot(ARTIFACTS.resolve("2-check-in-form.png"));
            browser.run("const f = document.querySelector('#log form'); f.requestSubmit(); f.requestSubmit()");
            int open = page.awaitFormClosed();
            browser.screenshot(ARTIFACTS.resolve("3-check-in-sent.png"));
            assertEquals(0, open, "the form closes after it was sent");
            JsonNode checkedIn = browser.await("return document.getElementById('log').innerText.split('Checked in').length - 1",
                    n -> n.asInt() > 0);
            assertEquals(1, checkedIn.asInt(), "sent once, though submitted twice: " + page.messages());
            assertEquals(0, browser.run("return document.querySelectorAll('#log img, #log a[href*=evil]').length").asInt(),
                    "the learner's words show as text: no image, no link of theirs");
            assertTrue(page.messages().toString().contains("<img src=x"), "their words are shown as typed");

            page.say("streak");
            JsonNode cells = browser.await("return document.querySelectorAll('#log .heat i').length", n -> n.asInt() > 0);
            browser.screenshot(ARTIFACTS.resolve("5-streak-heatmap.png"));
            assertEquals(7 * 12, cells.asInt(), "a week a column, 12 of them");
            assertEquals("[\"2026-03-02: learned\"]", browser.run("return [...document.querySelectorAll('#log .heat i.on')]"
                    + ".map(i => i.title)").toString(), "today, Monday, is the learning day drawn");
            assertEquals("Mon", browser.run("return document.querySelectorAll('#log .heat .weekday')[0].textContent").asText());
            assertTrue(browser.run("return [...document.querySelectorAll('#log .heat .month')].map(m => m.textContent).join()")
                    .asText().contains("Mar"), "months label the columns");
        }
    }

    @Test
    void aVisitorAnswersTheDaysPromptAndTheAnsweredPromptIsReplacedInPlace() throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(ARTIFACTS, ARTIFACTS.resolve("chromedriver-prompt.log"))) {
            PlaygroundPage page = new PlaygroundPage(browser).open("http://localhost:" + server.getPort() + "/", "pat", "UTC");
            page.say("start");
            page.answerPrompt(page.awaitPrompt(), "batched my replies");
            JsonNode streak = browser.await("return document.getElementById('log').innerText.includes('Streak')", JsonNode::asBoolean);
            browser.screenshot(ARTIFACTS.resolve("0-prompt-answered.png"));
            assertTrue(streak.asBoolean(), "answering counts the day: " + page.messages());
        }
    }

    @Test
    void aCheckInCurioSendsOnItsOwnIsPushedToThePageAtOnceWithoutPolling() throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(ARTIFACTS, ARTIFACTS.resolve("chromedriver-push.log"))) {
            PlaygroundPage page = new PlaygroundPage(browser).open("http://localhost:" + server.getPort() + "/", "sam", "UTC");
            page.say("start");
            JsonNode following = browser.await("return feeds.user.name === 'sam' && feeds.user.source?.readyState === EventSource.OPEN"
                    + " && feeds.user.source.url.includes('/web/api/stream?user=sam')", JsonNode::asBoolean);
            assertTrue(following.asBoolean(), "the page follows sam's feed on an event stream");
            browser.await("return document.querySelectorAll('#log .bot').length", n -> n.asInt() > 0);

            long sent = System.nanoTime();
            fireCheckIn("sam");
            JsonNode arrived = browser.await("return document.querySelectorAll('#log button[data-action=\"checkin.open\"]').length",
                    n -> n.asInt() > 0);
            long millis = (System.nanoTime() - sent) / 1_000_000;
            browser.screenshot(ARTIFACTS.resolve("7-check-in-pushed.png"));
            assertEquals(1, arrived.asInt(), "the check-in was pushed into the chat: " + page.messages());
            assertTrue(millis < 2_000, "at once, not at the next poll: " + millis + " ms");
            assertEquals("[]", browser.run("return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => n.includes('/web/api/inbox'))").toString(), "the page never polled the inbox");
        }
    }

    @Test
    void aVisitorSetsUpATeamAsAnAdminSpeakingInAChannel() throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(ARTIFACTS, ARTIFACTS.resolve("chromedriver-team.log"))) {
            PlaygroundPage page = new PlaygroundPage(browser).open("http://localhost:" + server.getPort() + "/", "root", "UTC");
            browser.run("document.getElementById('channel').value = '#general'; document.getElementById('admin').checked = true");
            page.say("team setup #general");
            JsonNode feed = browser.await("return [...document.querySelectorAll('#log .room')].map(e => e.innerText).join('|')",
                    text -> text.asText().contains("made this channel a Curio team"));
            browser.screenshot(ARTIFACTS.resolve("4-team-set-up-in-a-channel.png"));
            assertTrue(feed.asText().startsWith("#general"), "the room's feed shows in the chat, marked with the room: "
                    + page.messages());
        }
    }

    @Test
    void curiosBoldMentionsAndLineBreaksRenderAndAClickedMessagesButtonsLookDisabled() throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(ARTIFACTS, ARTIFACTS.resolve("chromedriver-render.log"))) {
            PlaygroundPage page = new PlaygroundPage(browser).open("http://localhost:" + server.getPort() + "/", "rita", "UTC");
            page.say("start");
            page.awaitPrompt();
            page.say("settings");
            page.awaitText("Time zone:");
            JsonNode settings = browser.run("const m = [...document.querySelectorAll('#log .bot .md')]"
                    + ".find(e => e.textContent.startsWith('Your settings'));"
                    + "const b = m.querySelector('strong, b');"
                    + "const top = label => { const w = document.createTreeWalker(m, NodeFilter.SHOW_TEXT); let n;"
                    + "  while ((n = w.nextNode())) { const i = n.data.indexOf(label); if (i >= 0) {"
                    + "    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + label.length);"
                    + "    return r.getBoundingClientRect().top; } } return null; };"
                    + "return { bold: b ? b.textContent : '', weight: b ? +getComputedStyle(b).fontWeight : 0,"
                    + "  stars: m.textContent.includes('*'),"
                    + "  tops: ['Your settings', 'Status:', 'Days:', 'Time zone:', 'Goal:'].map(top) }");
            assertEquals("Your settings", settings.get("bold").asText(), "*Your settings* is drawn bold: " + settings);
            assertTrue(settings.get("weight").asInt() >= 600, "and looks bold: " + settings);
            assertFalse(settings.get("stars").asBoolean(), "no markdown stars are left: " + settings);
            JsonNode tops = settings.get("tops");
            for (int i = 1; i < tops.size(); i++) {
                assertTrue(tops.get(i).asDouble() > tops.get(i - 1).asDouble(), "each setting on a line below the last: "
                        + settings);
            }

            browser.run("document.getElementById('channel').value = '#lab'; document.getElementById('admin').checked = true");
            page.say("team setup #lab");
            JsonNode mention = browser.await("const m = [...document.querySelectorAll('#log .room .md .mention')]"
                    + ".find(e => e.textContent.toLowerCase() === '@rita');"
                    + "return m ? { text: m.textContent, background: getComputedStyle(m).backgroundColor,"
                    + "  raw: m.closest('.md').textContent.includes('<@') } : null", v -> !v.isNull());
            browser.screenshot(ARTIFACTS.resolve("6-bold-lines-and-mention.png"));
            assertEquals("@rita", mention.path("text").asText().toLowerCase(java.util.Locale.ROOT),
                    "the welcome in the room mentions rita: " + page.messages());
            assertFalse(mention.path("raw").asBoolean(), "no raw <@…> is left: " + mention);
            assertFalse(List.of("", "rgba(0, 0, 0, 0)", "transparent").contains(mention.path("background").asText()),
                    "a mention is marked out: " + mention);

            // the click's request stays in flight, as on a slow network, so its buttons stay disabled
            browser.run("window.fetch = () => new Promise(() => {})");
            browser.click("#log button[data-action^=\"prompt.\"]");
            JsonNode buttons = browser.run("const b = document.querySelector('#log button[data-action^=\"prompt.\"]');"
                    + "return [...b.closest('.bot').querySelectorAll('button')]"
                    + ".map(x => ({ disabled: x.disabled, opacity: +getComputedStyle(x).opacity,"
                    + "  cursor: getComputedStyle(x).cursor }))");
            browser.screenshot(ARTIFACTS.resolve("8-clicked-buttons-disabled.png"));
            assertTrue(buttons.size() > 0, page.messages().toString());
            for (JsonNode button : buttons) {
                assertTrue(button.get("disabled").asBoolean(), "every button of the clicked message is disabled: " + buttons);
                assertTrue(button.get("opacity").asDouble() < 1, "and looks it: " + buttons);
                assertEquals("not-allowed", button.get("cursor").asText(), buttons.toString());
            }
        }
    }

    /** Runs the learner's check-in cohort now, at their check-in time on Monday. */
    private void fireCheckIn(String user) {
        String cohort = scheduler.cohortsOf(new UserRef(WebAdapter.TENANT, user)).stream()
                .filter(c -> c.endsWith("|CHECKIN")).findFirst().orElseThrow();
        LocalTime at = LocalTime.parse(cohort.split("\\|")[1]);
        clock.set(MONDAY.atTime(at).toInstant(ZoneOffset.UTC));
        scheduler.fireNow(cohort);
    }

}
