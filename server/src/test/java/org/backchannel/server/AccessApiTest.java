package org.backchannel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Logging in and out, roles (401/403), CSRF refusal, user management and its audit rows, on the real server. */
class AccessApiTest {

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndAWrongPasswordIs401() throws Exception {
        Client c = new Client(Fixture.server());
        Client.Answer ok = c.login("viewer", Fixture.PASSWORD);
        assertEquals(200, ok.status());
        String cookie = ok.header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertEquals("viewer", ok.json().get("role").asText());
        assertEquals(
                ok.json().get("csrf_token").asText(),
                c.get("/api/session").json().get("csrf_token").asText());
        Client wrong = new Client(Fixture.server());
        Client.Answer bad = wrong.login("viewer", "not the password");
        assertEquals(401, bad.status());
        assertNull(bad.header("Set-Cookie"));
        assertEquals(
                bad.json().get("message").asText(),
                wrong.login("nobody-here", "not the password")
                        .json()
                        .get("message")
                        .asText(),
                "an unknown name and a wrong password look alike");
        assertEquals(
                400,
                wrong.send("POST", "/api/login", "text/plain", "name=viewer", null)
                        .status(),
                "login takes JSON only");
    }

    @Test
    void readingNeedsASessionAndAForgedCookieIsNone() throws Exception {
        Client anonymous = new Client(Fixture.server());
        for (String path : List.of(
                "/api/events", "/api/documents", "/api/actors", "/api/network", "/api/claims", "/api/session")) {
            Client.Answer a = anonymous.get(path);
            assertEquals(401, a.status(), path);
            assertEquals(401, a.json().get("status").asInt());
        }
        anonymous.cookie = "backchannel_session=forged-token";
        assertEquals(401, anonymous.get("/api/events").status());
        assertEquals(200, anonymous.get("/api/health").status());
    }

    @Test
    void everyChangeNeedsTheCsrfTokenOfItsSession() throws Exception {
        Client analyst = new Client(Fixture.server());
        analyst.login("analyst", Fixture.PASSWORD);
        String event = firstEvent(analyst);
        Map<String, String> comment =
                Map.of("target_kind", "event", "target_id", event, "body", "needs a second source");
        String json = Client.JSON.writeValueAsString(comment);
        Client.Answer none = analyst.send("POST", "/api/comments", "application/json", json, null);
        assertEquals(403, none.status());
        assertTrue(none.json().get("message").asText().contains("CSRF"));
        Client other = new Client(Fixture.server());
        other.login("analyst", Fixture.PASSWORD);
        assertNotEquals(other.csrf, analyst.csrf);
        assertEquals(
                403,
                analyst.send("POST", "/api/comments", "application/json", json, other.csrf)
                        .status(),
                "another session's token");
        assertEquals(403, analyst.send("POST", "/api/logout", null, null, null).status(), "logout is a change too");
        assertEquals(
                201,
                analyst.send("POST", "/api/comments", "application/json", json, analyst.csrf)
                        .status());
    }

    @Test
    void rolesDecideWhoMayChangeWhat() throws Exception {
        Client viewer = new Client(Fixture.server());
        viewer.login("viewer", Fixture.PASSWORD);
        Client analyst = new Client(Fixture.server());
        analyst.login("analyst", Fixture.PASSWORD);
        String event = firstEvent(viewer);
        Map<String, String> comment = Map.of("target_kind", "event", "target_id", event, "body", "viewer note");
        assertEquals(403, viewer.postJson("/api/comments", comment).status());
        assertEquals(
                403,
                viewer.postJson(
                                "/api/events/" + Client.q(event) + "/reviews",
                                Map.of("verdict", "confirmed", "reason", "x"))
                        .status());
        assertEquals(
                403,
                viewer.send("POST", "/api/documents", "text/plain", "The president met the minister.")
                        .status());
        assertEquals(403, analyst.get("/api/users").status());
        assertEquals(403, analyst.get("/api/audit").status());
        assertEquals(
                403,
                analyst.postJson(
                                "/api/users",
                                Map.of("name", "mallory", "role", "admin", "password", "long enough password"))
                        .status());
        assertEquals(
                401,
                new Client(Fixture.server()).postJson("/api/comments", comment).status());
    }

    @Test
    void anAdminManagesUsersAndEveryChangeIsAudited() throws Exception {
        Client admin = new Client(Fixture.server());
        admin.login("admin", Fixture.PASSWORD);
        Client.Answer added =
                admin.postJson("/api/users", Map.of("name", "carol", "role", "viewer", "password", "carol's password"));
        assertEquals(201, added.status(), added.raw().body());
        assertFalse(
                added.raw().body().contains("password"),
                "no hash in the answer: " + added.raw().body());
        assertEquals(
                409,
                admin.postJson("/api/users", Map.of("name", "carol", "role", "viewer", "password", "carol's password"))
                        .status());
        assertEquals(
                400,
                admin.postJson("/api/users", Map.of("name", "dave", "role", "viewer", "password", "short"))
                        .status());
        assertEquals(
                400,
                admin.postJson(
                                "/api/users",
                                Map.of("name", "dave", "role", "emperor", "password", "long enough password"))
                        .status());
        assertEquals(
                400,
                admin.postJson(
                                "/api/users",
                                Map.of(
                                        "name",
                                        "x'; DROP TABLE users; --",
                                        "role",
                                        "viewer",
                                        "password",
                                        "long enough password"))
                        .status(),
                "user names are plain words");
        Client carol = new Client(Fixture.server());
        assertEquals(200, carol.login("carol", "carol's password").status());
        assertEquals(200, carol.get("/api/events?limit=1").status());
        Client.Answer promoted =
                admin.send("PUT", "/api/users/carol/role", "application/json", "{\"role\":\"analyst\"}");
        assertEquals(200, promoted.status(), promoted.raw().body());
        assertEquals(401, carol.get("/api/events?limit=1").status(), "a change of role ends the sessions");
        carol.login("carol", "carol's password");
        assertEquals("analyst", carol.get("/api/session").json().get("role").asText());
        assertEquals(200, admin.send("DELETE", "/api/users/carol", null, null).status());
        assertEquals(401, carol.get("/api/events?limit=1").status(), "a removed user's session ends at once");
        assertEquals(404, admin.send("DELETE", "/api/users/carol", null, null).status());
        List<String> actions = new ArrayList<>();
        for (JsonNode row : admin.get("/api/audit?limit=1000").json().get("audit")) {
            assertFalse(row.get("at").isNull());
            if ("carol".equals(row.get("target").asText())) {
                actions.add(row.get("user").asText() + " " + row.get("action").asText());
            }
        }
        assertTrue(
                actions.containsAll(
                        List.of("admin user.add", "admin user.role", "admin user.remove", "carol session.login")),
                actions.toString());
        List<String> users = new ArrayList<>();
        admin.get("/api/users")
                .json()
                .get("users")
                .forEach(u -> users.add(u.get("name").asText()));
        assertFalse(users.contains("carol"));
        assertTrue(users.containsAll(List.of("viewer", "analyst", "admin")));
    }

    @Test
    void afterLogoutTheCookieIsWorthNothing() throws Exception {
        Client c = new Client(Fixture.server());
        c.login("viewer", Fixture.PASSWORD);
        Client.Answer out = c.send("POST", "/api/logout", null, null);
        assertEquals(200, out.status());
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));
        assertEquals(401, c.get("/api/session").status());
        assertEquals(401, c.get("/api/events").status());
    }

    static String firstEvent(Client c) throws Exception {
        return c.get("/api/events?limit=1")
                .json()
                .get("events")
                .get(0)
                .get("id")
                .asText();
    }
}
