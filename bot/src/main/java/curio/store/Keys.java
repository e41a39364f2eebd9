package curio.store;

import curio.chat.TenantId;
import curio.chat.UserRef;

/**
 * Every Redis key Curio writes. Keys of one workspace carry the hash tag {@code {tenant}} so
 * multi-key scripts and transactions ({@link SlotTransaction}) stay on one Redis Cluster slot; the
 * outbox keys share {@code {outbox}}. The keys without a tag (the tenant and cohort indexes, open
 * challenges, leases) are only ever read or written one at a time, or in pipelines, which a Cluster
 * client splits by node.
 */
public final class Keys {

    public static final String TENANTS = "curio:tenants";
    public static final String COHORTS = "curio:cohorts";
    public static final String COHORT_FIRED = "curio:cohort-fired";
    /** When an admin last had the content packs reloaded (epoch ms): every replica reloads after it. */
    public static final String CONTENT_RELOADED = "curio:content:reloaded";
    /** The outbox stream and its retry schedule share a hash tag: one script moves entries between them. */
    public static final String OUTBOX = "curio:{outbox}:stream";
    public static final String OUTBOX_RETRY = "curio:{outbox}:retry";

    /** The lease of one run's outbox senders: present while that run is alive. */
    public static String outboxSenders(String instance) {
        return "curio:{outbox}:alive:" + instance;
    }

    private Keys() {
    }

    static String tenant(TenantId tenant) {
        return "curio:{" + tenant.key() + "}:";
    }

    /** The learner's hash: preferences, streak, content cursors, conversation. */
    public static String learner(UserRef user) {
        return tenant(user.tenant()) + "L:" + user.userId();
    }

    /** A bitmap of learning days; bit 0 is the day the learner enrolled (field {@code org}). */
    public static String days(UserRef user) {
        return tenant(user.tenant()) + "D:" + user.userId();
    }

    /** Quiz items answered wrong, by due day (Leitner). */
    public static String review(UserRef user) {
        return tenant(user.tenant()) + "Q:" + user.userId();
    }

    /** The capped log of answers and check-ins. */
    public static String answers(UserRef user) {
        return tenant(user.tenant()) + "A:" + user.userId();
    }

    /** Prefix of the per-day delivery keys of one learner ({@code SET NX EX}). */
    public static String sentPrefix(UserRef user) {
        return tenant(user.tenant()) + "S:" + user.userId() + ":";
    }

    /** The learners of a workspace. */
    public static String learners(TenantId tenant) {
        return tenant(tenant) + "learners";
    }

    /** A team: its channel, time zone, feed thread and digest state. */
    public static String team(TenantId tenant, String teamId) {
        return tenant(tenant) + "team:" + teamId;
    }

    public static String teams(TenantId tenant) {
        return tenant(tenant) + "teams";
    }

    public static String teamLeads(TenantId tenant, String teamId) {
        return tenant(tenant) + "team-leads:" + teamId;
    }

    /** The team channel's members, as last read from the platform. */
    public static String teamMembers(TenantId tenant, String teamId) {
        return tenant(tenant) + "team-members:" + teamId;
    }

    public static String challenge(TenantId tenant, String challengeId) {
        return tenant(tenant) + "challenge:" + challengeId;
    }

    /** Who joined a challenge, with their progress. */
    public static String challengeProgress(TenantId tenant, String challengeId) {
        return tenant(tenant) + "challenge-progress:" + challengeId;
    }

    /** Members who finished a challenge of {@code lead} since the lead was last told ("c3 user" entries). */
    public static String challengeNews(TenantId tenant, String lead) {
        return tenant(tenant) + "challenge-news:" + lead;
    }

    /** Present for an hour after a lead was told who finished: the DMs are batched. */
    public static String challengeNewsSent(TenantId tenant, String lead) {
        return tenant(tenant) + "challenge-news-sent:" + lead;
    }

    /** Leads with news of finishers ("tenant|lead"), for the sweep. */
    public static final String CHALLENGE_NEWS = "curio:challenge-news";

    /** The workspace's challenges by end day. */
    public static String challenges(TenantId tenant) {
        return tenant(tenant) + "challenges";
    }

    public static String challengeSequence(TenantId tenant) {
        return tenant(tenant) + "challenge-seq";
    }

    /** Open challenges of every workspace ("tenant|id"), for the board and summary sweep. */
    public static final String OPEN_CHALLENGES = "curio:challenges-open";

    /** A challenge's member of {@link #OPEN_CHALLENGES}. */
    public static String openChallenge(TenantId tenant, String challengeId) {
        return tenant.key() + "|" + challengeId;
    }

    /** Who took up (Try this too) a check-in of {@code authorId} in one ISO week ({@code 2026-W10}): clicker ids. */
    public static String triedToo(TenantId tenant, String authorId, String week) {
        return tenant(tenant) + "tried:" + authorId + ":" + week;
    }

    /** Every key of who took up the check-ins of every author of the workspace ({@link #triedToo}), as a SCAN glob. */
    public static String triedTooGlob(TenantId tenant) {
        return glob(tenant(tenant) + "tried:") + "*";
    }

    /** Every lead's list of finisher news of the workspace ({@link #challengeNews}), as a SCAN glob. */
    public static String challengeNewsGlob(TenantId tenant) {
        return glob(tenant(tenant) + "challenge-news:") + "*";
    }

    /** Growth talk notes sent to a learner for a quarter ({@code 2026-Q1}): {@code SET NX}, once per quarter. */
    public static String growthNotes(UserRef user, String quarter) {
        return tenant(user.tenant()) + "growth:" + user.userId() + ":" + quarter;
    }

    /** The workspace's hash of learner to the cohort ids they are in. */
    public static String learnerCohorts(TenantId tenant) {
        return tenant(tenant) + "cohorts";
    }

    /** The workspace's send schedule, shared by every replica's senders (see {@code curio/rate.lua}). */
    public static String sendRate(TenantId tenant) {
        return tenant(tenant) + "send-rate";
    }

    /** The workspace's settings an admin changes on the dashboard (who may export check-ins). */
    public static String settings(TenantId tenant) {
        return tenant(tenant) + "settings";
    }

    /** A dashboard sign-in link already used (single use): set with NX until the link expires. */
    public static String dashboardLink(TenantId tenant, String linkId) {
        return tenant(tenant) + "dash:link:" + linkId;
    }

    /** A dashboard session: who signed in, their role and teams; expires with the session. */
    public static String dashboardSession(TenantId tenant, String sessionId) {
        return tenant(tenant) + "dash:session:" + sessionId;
    }

    /** The key signing dashboard links when neither CURIO_DASHBOARD_KEY nor CURIO_ENCRYPTION_KEY is set. */
    public static final String DASHBOARD_KEY = "curio:dashboard:key";

    /** What follows the workspace's prefix in the keys above (the engine's own, not the platform adapters'). */
    private static final java.util.regex.Pattern ENGINE_KEY = java.util.regex.Pattern.compile(
            "[LDQAS]:.*|tried:.*|growth:.*|learners|teams|team:.*|team-leads:.*|team-members:.*|challenge.*|cohorts|send-rate|settings|dash:.*");

    /** Whether {@code key} is one of the engine's keys of the workspace (not a platform adapter's). */
    public static boolean engineKey(TenantId tenant, String key) {
        String prefix = tenant(tenant);
        return key.startsWith(prefix) && ENGINE_KEY.matcher(key.substring(prefix.length())).matches();
    }

    /** Every key of one workspace matches this pattern. */
    public static String tenantPattern(TenantId tenant) {
        return glob(tenant(tenant)) + "*";
    }

    /**
     * {@code text} as a literal inside a SCAN/KEYS pattern. Braces are literal in Redis patterns and stay
     * as they are: a Cluster client sends SCAN to the node of the pattern's hash tag.
     */
    public static String glob(String text) {
        return text.replaceAll("([\\\\*?\\[\\]])", "\\\\$1");
    }

    /** Held by the one Curio running the in-memory schedule on this Redis: "host:port|nonce". */
    public static final String IN_MEMORY_SCHEDULE = "curio:schedule:in-memory";

    /** Held by the replica that runs a sweep's current tick. */
    public static String sweep(String name) {
        return "curio:sweep:" + name;
    }

    public static String cohort(String cohortId) {
        return "curio:cohort:" + cohortId;
    }
}
