package org.sigti.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import org.junit.jupiter.api.Test;

/**
 * Keycloak's events as SIGTI keeps them, read from answers of a real Keycloak 26.7 recorded with the realm of
 * wildfly-config/keycloak: a wrong password (responsable.estad), two quick wrong passwords that lock tecnico.estad, an
 * attempt while locked, an unknown username, and the master realm's admin unlocking and editing tecnico.estad.
 */
class KeycloakEventTest {

    private static final JsonArray EVENTS = read("keycloak-26-events.json").asJsonArray();
    private static final JsonArray ADMIN_EVENTS = read("keycloak-26-admin-events.json").asJsonArray();
    private static final String TECNICO_ESTAD = "61b6e8f8-f0d2-46d9-bd2f-3332c1076e79";

    @Test
    void a_wrong_password_is_a_failed_login_of_the_typed_username_with_keycloaks_error() {
        KeycloakEvent event = login(0);
        assertEquals("65e2d136-34a5-423f-b029-bc3d180e96bd", event.id());
        assertEquals(Instant.ofEpochMilli(1796601230514L), event.at());
        assertEquals(SecurityEventKind.LOGIN_FAILED, event.kind());
        assertEquals("responsable.estad", event.who());
        assertEquals("Keycloak LOGIN_ERROR sigti", event.action());
        assertEquals("127.0.0.1", event.sourceAddress());
        // Keycloak's error only: the session code and redirect URI stay in Keycloak
        assertEquals("invalid_user_credentials", event.detail());
    }

    @Test
    void the_lockout_names_the_user_by_id_and_keeps_its_facts() {
        KeycloakEvent lockout = login(3);
        assertEquals(SecurityEventKind.ACCOUNT_LOCKED, lockout.kind());
        assertNull(lockout.username());
        assertEquals(TECNICO_ESTAD, lockout.userId());
        assertEquals("Keycloak USER_DISABLED_BY_TEMPORARY_LOCKOUT", lockout.action());
        assertEquals("num_failures=2; not_before=2026-12-06T23:54:51; reason=brute_force_attack detected",
                lockout.detail());
        // the importer asks Keycloak for the username
        assertEquals("tecnico.estad", lockout.named("tecnico.estad").who());
        assertEquals(lockout.id(), lockout.named("tecnico.estad").id());
    }

    @Test
    void a_login_refused_while_the_account_is_locked_is_a_locked_account() {
        KeycloakEvent refused = login(4);
        assertEquals(SecurityEventKind.ACCOUNT_LOCKED, refused.kind());
        assertEquals("tecnico.estad", refused.who());
        assertEquals("user_temporarily_disabled", refused.detail());
    }

    @Test
    void an_unknown_username_is_a_failed_login_under_the_name_typed() {
        KeycloakEvent unknown = login(5);
        assertEquals(SecurityEventKind.LOGIN_FAILED, unknown.kind());
        assertEquals("nobody.here", unknown.who());
        assertNull(unknown.userId());
        assertEquals("user_not_found", unknown.detail());
    }

    @Test
    void successful_logins_and_logouts_are_not_kept() {
        JsonObject login = Json.createObjectBuilder(EVENTS.getJsonObject(0)).add("type", "LOGIN").remove("error")
                .build();
        assertEquals(Optional.empty(), KeycloakEvent.ofLogin(login));
        assertEquals(Optional.empty(), KeycloakEvent.ofLogin(Json.createObjectBuilder(login).add("type", "LOGOUT")
                .build()));
    }

    @Test
    void an_admin_event_says_what_was_done_to_what_and_by_which_administrator() {
        KeycloakEvent unlock = KeycloakEvent.ofAdmin(ADMIN_EVENTS.getJsonObject(0));
        assertEquals(SecurityEventKind.IDP_ADMIN_ACTION, unlock.kind());
        assertEquals("Keycloak DELETE USER_LOGIN_FAILURE attack-detection/brute-force/users/" + TECNICO_ESTAD,
                unlock.action());
        assertEquals("4aba4468-456d-4d02-9237-195930701a88", unlock.userId());
        assertEquals("127.0.0.1", unlock.sourceAddress());
        assertEquals("realmId=df461dd0-5c97-462c-9346-0e93186ac6aa; clientId=e78fab8f-d316-4d30-8b51-3877eac6ffa2",
                unlock.detail());
        assertEquals("Keycloak UPDATE USER users/" + TECNICO_ESTAD, KeycloakEvent.ofAdmin(ADMIN_EVENTS
                .getJsonObject(1)).action());
    }

    @Test
    void an_event_without_an_id_gets_the_same_key_each_time_it_is_read() {
        JsonObject withoutId = Json.createObjectBuilder(EVENTS.getJsonObject(1)).remove("id").build();
        String key = KeycloakEvent.ofLogin(withoutId).orElseThrow().id();
        assertTrue(key.startsWith("sha256:"), key);
        assertTrue(key.length() <= 100, "fits security_event.object_id");
        assertEquals(key, KeycloakEvent.ofLogin(withoutId).orElseThrow().id());
        JsonObject next = Json.createObjectBuilder(EVENTS.getJsonObject(2)).remove("id").build();
        assertNotEquals(key, KeycloakEvent.ofLogin(next).orElseThrow().id());
    }

    @Test
    void a_page_is_asked_for_oldest_first_from_the_cursor_with_the_types_sigti_keeps() {
        assertEquals("/events?type=LOGIN_ERROR&type=USER_DISABLED_BY_TEMPORARY_LOCKOUT"
                + "&type=USER_DISABLED_BY_PERMANENT_LOCKOUT&direction=asc&first=0&max=100",
                KeycloakEvents.query(KeycloakEventCursor.Feed.LOGIN, 0, 0));
        assertEquals("/admin-events?dateFrom=1796601230514&direction=asc&first=200&max=100",
                KeycloakEvents.query(KeycloakEventCursor.Feed.ADMIN, 1796601230514L, 200));
    }

    @Test
    void the_realm_of_wildfly_config_keeps_what_sigti_imports_and_a_realm_without_events_is_named() {
        JsonObject config = read("keycloak-26-events-config.json").asJsonObject();
        assertEquals(List.of(), KeycloakEvents.switchedOff(config));
        JsonObject off = Json.createObjectBuilder(config).add("eventsEnabled", false).add("adminEventsEnabled", false)
                .build();
        assertEquals(List.of("failed logins (user events off, or LOGIN_ERROR not among them)",
                "admin actions (admin events off)"), KeycloakEvents.switchedOff(off));
        JsonObject loginsOnly = Json.createObjectBuilder(config).add("enabledEventTypes", Json.createArrayBuilder()
                .add("LOGIN")).build();
        assertEquals(1, KeycloakEvents.switchedOff(loginsOnly).size());
    }

    @Test
    void the_log_line_of_a_keycloak_that_does_not_give_its_events_says_what_to_fix() {
        String down = KeycloakEvents.problem(new KeycloakUnavailableException(0, "Keycloak does not answer at"
                + " http://localhost:8180/realms/sigti (ConnectException)"));
        assertTrue(down.startsWith("SIGTI: Keycloak's events could not be read (Keycloak does not answer"), down);
        assertTrue(down.endsWith("Fix: start Keycloak, or set SIGTI_OIDC_PROVIDER_URL to its realm's URL."), down);
        assertTrue(KeycloakEvents.problem(new KeycloakUnavailableException(403, "Keycloak answered 403"))
                .contains("view-events"));
        assertTrue(KeycloakEvents.problem(new KeycloakUnavailableException(401, "Keycloak answered 401"))
                .contains("SIGTI_OIDC_CLIENT_SECRET"));
        assertEquals(-1, down.indexOf('\n'), "one line");
    }

    private static KeycloakEvent login(int index) {
        return KeycloakEvent.ofLogin(EVENTS.getJsonObject(index)).orElseThrow();
    }

    private static JsonStructure read(String name) {
        try (InputStream in = KeycloakEventTest.class.getResourceAsStream(name);
                JsonReader reader = Json.createReader(in)) {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
