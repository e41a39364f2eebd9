package curio.challenges;

import curio.chat.BotEventHandler;
import curio.chat.Profile;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.UnifiedJedis;

/**
 * A workspace with an admin (ada), a lead-to-be (leo), learners (mia, noah, omar) in #learning and
 * a second team #design (pia), on Monday 2026-03-02 10:00 UTC.
 */
abstract class TeamLeadTestBase implements EngineTest {

    @Inject
    BotEventHandler engine;
    @Inject
    FakeChatAdapter adapter;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    @Inject
    ChallengeSweep sweep;
    Chat chat;

    @BeforeEach
    void workspace() {
        redis.flushAll();
        adapter.clear();
        clock.set(TestClockFactory.START);
        chat = new Chat(engine);
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("UTC"), Locale.ENGLISH, true));
        adapter.addChannel("learning", "ada", "leo", "mia", "noah", "omar");
        adapter.addChannel("design", "ada", "pia");
        for (String learner : new String[] {"leo", "mia", "noah", "omar", "pia"}) {
            chat.say(learner, "start");
        }
    }

    void setUpLearningTeamWithLeo() {
        chat.say("ada", "team setup <#learning>");
        chat.say("ada", "admin leads add <@leo> <#learning>");
    }

    /** #learning led by leo, mia sharing, and mia and noah in the challenge c1 "AI week" (3 days, Mon to Fri). */
    void aiWeekWithMiaAndNoah() {
        setUpLearningTeamWithLeo();
        chat.say("mia", "share on");
        createChallenge();
        chat.say("mia", "challenge join c1");
        chat.say("noah", "challenge join c1");
    }

    Map<String, String> challengeForm(String title, String start, String end) {
        Map<String, String> values = new HashMap<>();
        values.put("title", title);
        values.put("description", "Small experiments with AI assistants at work.");
        values.put("goal", "check in on 3 of the next 5 days");
        values.put("target", "3");
        values.put("unit", "DAYS");
        values.put("start", start);
        values.put("end", end);
        values.put("team", "learning");
        return values;
    }

    Chat.Turn createChallenge() {
        return chat.submitForm("leo", ChallengeForm.CALLBACK, challengeForm("AI week", "2026-03-02", "2026-03-06"));
    }
}
