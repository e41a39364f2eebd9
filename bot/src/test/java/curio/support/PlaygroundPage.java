package curio.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The web playground as a visitor's browser shows it: the chat log, the say box, the buttons and forms in
 * Curio's messages. Shared by the engine's browser test and the journey on the shipped jar (bot's test-jar),
 * so both act on the page the same way; it uses nothing of the product's classes.
 */
public final class PlaygroundPage {

    /** The text of every message in the chat, one per entry. */
    private static final String MESSAGES = "return [...document.querySelectorAll('#log > div')].map(e => e.innerText)";
    private static final String PROMPT = "#log button[data-action^=\"prompt.\"]";
    private static final String CHECK_IN = "#log button[data-action=\"checkin.open\"]";

    private final HeadlessChromium browser;

    public PlaygroundPage(HeadlessChromium browser) {
        this.browser = browser;
    }

    /** Opens the page at {@code url} as {@code user} in {@code zone}. */
    public PlaygroundPage open(String url, String user, String zone) throws IOException, InterruptedException {
        browser.open(url);
        browser.run("document.getElementById('user').value = arguments[0]; document.getElementById('zone').value = arguments[1]",
                user, zone);
        return this;
    }

    /** Types {@code text} into the say box and sends it. */
    public void say(String text) throws IOException, InterruptedException {
        browser.run("const f = document.getElementById('say'); f.elements.text.value = arguments[0]; f.requestSubmit()", text);
    }

    public JsonNode messages() throws IOException, InterruptedException {
        return browser.run(MESSAGES);
    }

    /** The chat's text, once it contains {@code text} (or after 20 s, so the failing assertion shows it). */
    public String awaitText(String text) throws IOException, InterruptedException {
        return browser.await("return document.getElementById('log').innerText", shown -> shown.asText().contains(text)).asText();
    }

    /** Waits for the day's prompt with its buttons; the id of its message. */
    public String awaitPrompt() throws IOException, InterruptedException {
        JsonNode id = browser.await("const b = document.querySelector('" + PROMPT.replace("\"", "\\\"")
                + "'); return b ? b.closest('.bot').id : ''", v -> !v.asText().isEmpty());
        assertFalse(id.asText().isEmpty(), "the day's prompt with its buttons: " + messages());
        return id.asText();
    }

    /**
     * Clicks the first button of the day's prompt (message {@code id}): a tip's "Got it" and a quiz's choice
     * answer in place, a reflection opens its form, which is sent with {@code answer}.
     */
    public void answerPrompt(String id, String answer) throws IOException, InterruptedException {
        browser.click(PROMPT);
        JsonNode answered = browser.await("return document.querySelectorAll('#log form').length > 0 || "
                + "(document.querySelector('[data-ids~=\"" + id + "\"]')?.dataset.ids || '').includes(' ')", JsonNode::asBoolean);
        assertTrue(answered.asBoolean(), "the click opened the answer form or answered in place: " + messages());
        if (browser.run("return document.querySelectorAll('#log form').length").asInt() > 0) {
            fill(answer);
            browser.run("document.querySelector('#log form').requestSubmit()");
            awaitFormClosed();
        }
    }

    /** Waits for the check-in question Curio sends on its own, clicks its button and waits for the form. */
    public void openCheckIn(int waitSeconds) throws IOException, InterruptedException {
        JsonNode arrived = browser.await("return document.querySelectorAll('" + CHECK_IN.replace("\"", "\\\"") + "').length",
                n -> n.asInt() > 0, waitSeconds);
        assertEquals(1, arrived.asInt(), "the check-in arrived in the chat: " + messages());
        browser.click(CHECK_IN);
        JsonNode form = browser.await("return document.querySelectorAll('#log form').length", n -> n.asInt() > 0);
        assertEquals(1, form.asInt(), "the check-in form opened: " + messages());
    }

    /** Types {@code text} into the open form's first field. */
    public void fill(String text) throws IOException, InterruptedException {
        browser.run("document.querySelector('#log form textarea, #log form input').value = arguments[0]", text);
    }

    /** Waits until no form is open; how many are. */
    public int awaitFormClosed() throws IOException, InterruptedException {
        return browser.await("return document.querySelectorAll('#log form').length", n -> n.asInt() == 0).asInt();
    }
}
