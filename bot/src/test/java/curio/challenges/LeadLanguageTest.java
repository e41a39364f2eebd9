package curio.challenges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Profile;
import curio.support.Chat;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import curio.leads.TeamStore;
import curio.leads.WeeklyDigest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Leads and admins are answered in their language: a learner's own, else their profile's. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadLanguageTest extends TeamLeadTestBase {

    @Inject
    WeeklyDigest digests;
    @Inject
    TeamStore teams;

    @Test
    void aLeadWhoseLanguageIsGermanPostsAndFollowsAChallengeInGerman() {
        chat.say("leo", "language de");
        setUpLearningTeamWithLeo();
        assertTrue(createChallenge().text().contains("*AI week* (c1) ist in"), "posted, in German");
        chat.say("mia", "challenge join c1");
        String status = chat.say("leo", "challenge status c1").text();
        assertTrue(status.contains("noch 5 Tage, heute mitgezählt") && status.contains("*Ziel:* check in on 3 of the next 5 days (3 Tage mit Check-in)")
                && status.contains("1 dabei · 0 geschafft"), status);
        clock.set(clock.instant().plus(java.time.Duration.ofDays(4)));
        assertTrue(chat.say("leo", "challenge status c1").text().contains("noch 1 Tag, heute mitgezählt"));
        assertTrue(chat.say("leo", "leaderboard").text().startsWith("*Rangliste* · aktuelle Serien in deinen Teams"));
        assertTrue(chat.say("mia", "leaderboard").text().startsWith("*Leaderboard*"), "mia stays in English");
        assertTrue(chat.say("leo", "challenge list").text().contains("*Challenges in deinen Teams*"));
    }

    @Test
    void aGermanLeadsFormErrorsComeAllAtOnceInGermanWithGermanPlurals() {
        chat.say("leo", "language de");
        setUpLearningTeamWithLeo();
        Map<String, String> values = challengeForm("", "2026-03-02", "2026-03-04");
        values.put("target", "10");
        values.put("goal", "");
        Chat.Turn refused = chat.submitForm("leo", ChallengeForm.CALLBACK, values);
        assertTrue(refused.text().startsWith("Bitte korrigier 3 Punkte:") && refused.text().contains("braucht einen Titel")
                && refused.text().contains("Die Challenge hat 3 Tage, weniger als die 10 Tage mit Check-in")
                && refused.text().contains("Noch wurde nichts gepostet: Korrigier die Punkte"), refused.text());
        Map<String, String> oneDay = challengeForm("AI day", "2026-03-02", "2026-03-02");
        oneDay.put("unit", "CHECKINS");
        oneDay.put("target", "2");
        assertEquals("Die Challenge hat 1 Tag, weniger als die 2 Check-ins, die sie verlangt (eine Challenge zählt "
                + "einen Check-in pro Tag).\nNoch wurde nichts gepostet: Korrigier das und schick das Formular noch mal "
                + "ab (falls es zu ist, öffnet challenge new es wieder).",
                chat.submitForm("leo", ChallengeForm.CALLBACK, oneDay).text());
        assertEquals("Neue Lern-Challenge", chat.say("leo", "challenge new").forms.get(0).title());
    }

    @Test
    void anAdminWhoIsNoLearnerIsAnsweredInTheLanguageOfTheirProfile() {
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("UTC"), Locale.GERMANY, true));
        assertTrue(chat.say("ada", "team setup <#learning>").text().startsWith("<#learning> ist jetzt ein Curio-Team: "
                + "5 Personen im Channel, 4 davon lernen mit Curio."));
        assertTrue(channel("learning").contains("hat diesen Channel zu einem Curio-Team gemacht"), channel("learning"));
        assertTrue(chat.say("ada", "admin stats").text().startsWith("*Curio in diesem Workspace*\n- Lernende: *5* angemeldet"));
        chat.say("leo", "language de");
        assertEquals("Nur Workspace-Admins bestimmen oder entfernen Leads.",
                chat.say("leo", "admin leads add <@mia> <#learning>").text());
        Chat.Turn form = chat.say("ada", "challenge new");
        assertEquals("Neue Lern-Challenge", form.forms.get(0).title());
        assertEquals("Gezählt als", form.forms.get(0).fields().get(4).label());
        assertTrue(chat.say("ada", "challenge status c9").text().startsWith("In deinen Teams gibt es keine Challenge c9"));
        assertTrue(chat.say("ada", "streak").text().contains("Du bist noch nicht angemeldet. Sag `start`"), "not a learner");
        assertEquals("Du lernst nicht mit Curio; ich führe dich nur als Team-Lead.",
                chat.say("ada", "export").text());
    }

    @Test
    void aTeamSetUpByAGermanAdminPostsItsFeedAndBoardsInGermanWhileItsEnglishLeadIsAnsweredInEnglish() {
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("UTC"), Locale.GERMANY, true));
        setUpLearningTeamWithLeo();
        chat.say("mia", "share on");
        assertTrue(createChallenge().text().startsWith("Posted *AI week* (c1)"), "leo's reply is English");
        String board = channel("learning");
        assertTrue(board.contains("🏆 *Challenge c1: AI week*") && board.contains("*Ziel:* check in on 3 of the next 5 days "
                + "(3 Tage mit Check-in, 2026-03-02 → 2026-03-06)") && board.contains("0 dabei · 0 geschafft · geleitet von")
                && board.contains("Mitmachen"), board);
        chat.say("mia", "challenge join c1");
        chat.say("mia", "tried c1: asking for feedback");
        assertTrue(channel("learning").contains("📚 *Was wir heute ausprobiert haben*, Montag, 2. März."), channel("learning"));
        assertTrue(adapter.threadReplies().stream().anyMatch(r -> Chat.text(r.message()).contains("🏆 AI week: 1/3 Tage mit Check-in")),
                "the challenge line in the team's thread");
        assertTrue(adapter.threadReplies().stream().anyMatch(r -> Chat.text(r.message()).contains("Probier ich auch")),
                "the Try this too button in the team's language");
        String digest = Chat.text(digests.digest(teams.find(Chat.TENANT, "learning").orElseThrow(), LocalDate.of(2026, 3, 6)));
        assertTrue(digest.contains("🗓️ *Diese Woche in <#learning>*\n1 aktive Lernende · 1 Lerntag")
                && digest.contains("*Ein paar Dinge, die Leute ausprobiert haben*"), digest);
    }

    @Test
    void teamLanguageEnSwitchesTheBoardsAndTheFeedToEnglish() {
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("UTC"), Locale.GERMANY, true));
        setUpLearningTeamWithLeo();
        assertEquals("From now on I post in English in <#learning>: the daily thread, the weekly digest and the challenge "
                + "boards.", chat.say("leo", "team language en <#learning>").text());
        assertTrue(chat.say("pia", "team language en <#learning>").text().startsWith("Only a team's leads"));
        assertTrue(chat.say("leo", "team language fr").text().startsWith("I don't speak \"fr\" yet"));
        chat.say("mia", "share on");
        createChallenge();
        chat.say("mia", "tried asking for feedback");
        String posts = channel("learning");
        assertTrue(posts.contains("*Goal:* check in on 3 of the next 5 days (3 days with a check-in") && posts.contains("Join")
                && posts.contains("📚 *What we tried today*, Monday 2 March."), posts);
        assertEquals("Ab jetzt poste ich in <#learning> auf Deutsch: den täglichen Thread, den Wochenrückblick und die "
                + "Challenge-Boards.", chat.say("ada", "team language de <#learning>").text());
    }

    @Test
    void aTeamSetUpInEnglishStaysEnglish() {
        setUpLearningTeamWithLeo();
        chat.say("leo", "language de");
        createChallenge();
        String board = channel("learning");
        assertTrue(board.contains("0 joined · 0 finished") && board.contains("Join"), board);
    }

    private String channel(String id) {
        return adapter.postedIn(id).stream().map(s -> Chat.text(s.message())).collect(java.util.stream.Collectors.joining("\n"));
    }
}
