package curio.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.support.Chat;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dashboard's security edge over real HTTP: a sign-in link works once, for 15 minutes, as signed;
 * every other link, and every request without a live session, gets the plain 403 page and no figure;
 * a lead sees their teams only.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardSignInTest extends DashboardTestBase {


    @Test
    void anAdminOpensTheLinkPressesSignInAndGetsAnHttpOnlyLaxSessionForTheWholeWorkspace() throws Exception {
        String link = workspace.link("ada");
        assertTrue(link.startsWith("http://localhost:" + server.getPort() + "/admin/signin?token="), link);
        HttpResponse<String> page = http.open(link);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Open the dashboard") && page.body().contains("an admin"), page.body());

        HttpResponse<String> signedIn = http.signIn(DashboardHttp.token(link));
        assertEquals(303, signedIn.statusCode());
        assertEquals("/admin", signedIn.headers().firstValue("Location").orElseThrow());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        String flags = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(flags.contains("; httponly") && flags.contains("; samesite=lax") && flags.contains("; path=/admin"), cookie);
        assertFalse(flags.contains("; secure"), "plain http: no Secure flag, or the browser would drop it: " + cookie);

        String session = http.session(workspace.link("ada"));
        assertEquals(200, http.get("/admin", session).statusCode());
        HttpResponse<String> figures = http.get("/admin/api/figures", session);
        assertEquals(200, figures.statusCode());
        assertTrue(figures.body().contains("\"enrolled\":5"), figures.body());
    }

    @Test
    void opening_aLinkDoesNotUseItUp_soALinkPreviewLeavesItWorking() throws Exception {
        String link = workspace.link("ada");
        assertEquals(200, http.open(link).statusCode());
        assertEquals(200, http.open(link).statusCode());
        assertEquals(303, http.signIn(DashboardHttp.token(link)).statusCode());
    }

    @Test
    void aLinkUsedOnceIsRefusedTheSecondTime() throws Exception {
        String link = workspace.link("ada");
        http.session(link);
        assertForbidden(http.open(link));
        assertForbidden(http.signIn(DashboardHttp.token(link)));
    }

    @Test
    void aLinkOlderThanFifteenMinutesIsRefused() throws Exception {
        String link = workspace.link("ada");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertForbidden(http.open(link));
        assertForbidden(http.signIn(DashboardHttp.token(link)));
    }

    @Test
    void aLinkFourteenMinutesOldStillWorks() throws Exception {
        String link = workspace.link("ada");
        clock.advance(Duration.ofMinutes(14));
        assertEquals(303, http.signIn(DashboardHttp.token(link)).statusCode());
    }

    @Test
    void aTamperedLinkIsRefused() throws Exception {
        String token = DashboardHttp.token(workspace.link("leo"));
        String payload = new String(HexFormat.of().parseHex(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"LEAD\""), payload);
        String promoted = HexFormat.of().formatHex(payload.replace("\"LEAD\"", "\"ADMIN\"").getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        String signature = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
        for (String bad : List.of(promoted, signature, token.substring(0, token.length() - 2),
                token.substring(0, token.indexOf('.')), "zz." + token.substring(token.indexOf('.') + 1), "x".repeat(5000))) {
            assertForbidden(http.signIn(bad));
            if (bad.length() < 2000) {
                assertForbidden(http.get("/admin/signin?token=" + java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8), null));
            }
        }
        assertEquals(303, http.signIn(token).statusCode(), "the genuine link still works after the forgeries");
    }

    @Test
    void aLinkSignedWithAnotherKeyIsRefused() throws Exception {
        String token = DashboardHttp.token(workspace.link("ada"));
        byte[] body = HexFormat.of().parseHex(token.substring(0, token.indexOf('.')));
        byte[] otherKey = new byte[32];
        String forged = token.substring(0, token.indexOf('.')) + "." + HexFormat.of().formatHex(LinkKey.hmac(otherKey, body));
        assertForbidden(http.signIn(forged));
    }

    @Test
    void aMissingLinkOrSessionGetsThePlain403PageAndNoData() throws Exception {
        assertForbidden(http.get("/admin/signin", null));
        assertForbidden(http.signIn(""));
        for (String path : List.of("/admin", "/admin/api/session", "/admin/api/figures", "/admin/api/figures.csv",
                "/admin/api/checkins.csv")) {
            assertForbidden(http.get(path, null));
            assertForbidden(http.get(path, "c2xhY2s6VC1URVNU.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
            assertForbidden(http.get(path, "garbage"));
        }
    }

    @Test
    void aSignedOutSessionIsRefused() throws Exception {
        String session = http.session(workspace.link("ada"));
        assertEquals(204, http.postJson("/admin/signout", session, "").statusCode());
        assertForbidden(http.get("/admin/api/figures", session));
    }

    @Test
    void aSessionEndsAfterAnHour() throws Exception {
        String session = http.session(workspace.link("ada"));
        long ttl = redis.ttl(curio.store.Keys.dashboardSession(Chat.TENANT, session.substring(session.indexOf('.') + 1)));
        assertTrue(ttl <= 3600 && ttl > 3500, "seconds left: " + ttl);
    }

    @Test
    void aLeadSeesTheirTeamAndGets403ForAnotherTeam() throws Exception {
        String session = http.session(workspace.link("leo"));
        HttpResponse<String> own = http.get("/admin/api/figures", session);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("\"enrolled\":3"), "Mia, Noah and Omar of #learning: " + own.body());
        assertTrue(own.body().contains("{\"id\":\"learning\"") && !own.body().contains("\"design\""), own.body());
        assertEquals(200, http.get("/admin/api/figures?team=learning", session).statusCode());
        for (String path : List.of("/admin/api/figures?team=design", "/admin/api/figures.csv?team=design",
                "/admin/api/checkins.csv?team=design", "/admin/api/figures?team=nonexistent")) {
            assertForbidden(http.get(path, session));
        }
        assertForbidden(http.postJson("/admin/api/erase", session, "{\"confirm\":\"slack:T-TEST\"}"));
        assertForbidden(http.postJson("/admin/api/settings", session, "{\"exportAllCheckIns\":true}"));
        assertTrue(redis.exists("curio:{slack:T-TEST}:learners"), "nothing was erased");
    }

    @Test
    void aLeadWhoNoLongerLeadsTheTeamIsRefused() throws Exception {
        String link = workspace.link("leo");
        String session = http.session(workspace.link("leo"));
        new Chat(engine).say("ada", "admin leads remove <@leo> <#learning>");
        assertForbidden(http.get("/admin/api/figures", session));
        assertForbidden(http.signIn(DashboardHttp.token(link)));
    }

    @Test
    void aLearnerWhoIsNeitherAdminNorLeadGetsNoLink() {
        String reply = Chat.text(new Chat(engine).say("mia", "admin dashboard").last());
        assertTrue(reply.contains("Only workspace admins and team leads") && !reply.contains("http"), reply);
    }

    /** Refused by Micronaut's CORS filter on a loopback Host (an empty 403), by {@link DashboardGate} on others. */
    @Test
    void aChangeFromAnotherSiteIsRefused() throws Exception {
        String session = http.session(workspace.link("ada"));
        HttpResponse<String> refused = http.postJson("/admin/api/erase", session, "{\"confirm\":\"slack:T-TEST\"}",
                "Origin", "https://evil.example");
        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("erased"), refused.body());
        assertFalse(DashboardGate.sameOrigin(io.micronaut.http.HttpRequest.POST("/admin/api/erase", "")
                .header("Host", "curio.example.com").header("Origin", "https://evil.example")));
        assertTrue(DashboardGate.sameOrigin(io.micronaut.http.HttpRequest.POST("/admin/api/erase", "")
                .header("Host", "curio.example.com").header("Origin", "https://curio.example.com")));
        assertTrue(redis.exists("curio:{slack:T-TEST}:learners"));
    }

    @Test
    void theCookieIsSecureBehindHttpsAndBadSettingsNameTheirVariable() {
        Cookie cookie = new DashboardSessions(redis, new DashboardSettings("https://curio.example.com/", null))
                .open(new Access(Chat.TENANT, "ada", Access.Role.ADMIN, List.of()));
        assertTrue(cookie.isSecure() && cookie.isHttpOnly());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DashboardSettings("ftp://x", null))
                .getMessage().contains("CURIO_PUBLIC_URL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DashboardSettings("", "c2hvcnQ="))
                .getMessage().contains("CURIO_DASHBOARD_KEY"));
    }

    @Test
    void theDashboardPageRunsScriptsOnlyFromCurioAndLoadsNothingFromAnotherSite() throws Exception {
        String link = workspace.link("ada");
        HttpResponse<String> signInPage = http.open(link);
        String session = http.session(link);
        HttpResponse<String> page = http.get("/admin", session);
        assertEquals(200, page.statusCode());
        for (HttpResponse<String> served : List.of(page, signInPage)) {
            Map<String, String> policy = new HashMap<>();
            for (String directive : served.headers().firstValue("Content-Security-Policy")
                    .orElseThrow(() -> new AssertionError("no Content-Security-Policy on " + served.uri())).split(";")) {
                String[] words = directive.trim().split("\\s+", 2);
                policy.put(words[0], words.length > 1 ? words[1] : "");
            }
            assertEquals("'self'", policy.get("script-src"), "scripts from Curio only: " + policy);
            assertEquals("'none'", policy.get("default-src"), "nothing else unless named: " + policy);
            assertEquals("'self'", policy.get("style-src"), policy.toString());
            assertEquals("'self'", policy.get("connect-src"), policy.toString());
        }
        Matcher reference = Pattern.compile("(?i)\\b(src|href|action)\\s*=\\s*[\"']([^\"']*)[\"']")
                .matcher(page.body() + signInPage.body());
        List<String> references = new ArrayList<>();
        while (reference.find()) {
            references.add(reference.group(2));
        }
        assertTrue(references.containsAll(List.of("/admin/assets/chart.umd.min.js", "/admin/assets/dashboard.js",
                "/admin/assets/dashboard.css")), "the page's script and style: " + references);
        for (String url : references) {
            assertTrue(url.startsWith("/") && !url.startsWith("//"), "served by Curio, not " + url);
            if (url.startsWith("/admin/assets/")) {
                assertEquals(200, http.get(url, session).statusCode(), url);
            }
        }
        for (String asset : List.of("/admin/assets/dashboard.js", "/admin/assets/dashboard.css")) {
            String text = http.get(asset, session).body();
            assertFalse(Pattern.compile("https?:|//[a-z0-9.-]+\\.[a-z]{2,}/|@import").matcher(text).find(),
                    asset + " loads nothing from another site");
        }
    }
}
