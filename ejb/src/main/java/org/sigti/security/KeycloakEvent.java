package org.sigti.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One of Keycloak's events that SIGTI keeps as a security event: a failed login, a lockout, or a change made in
 * Keycloak's administration, read from its admin API (the {@code EventRepresentation} and
 * {@code AdminEventRepresentation} of Keycloak 26). Successful logins, logouts and password changes stay in Keycloak:
 * they are many and say nothing an auditor must act on.
 *
 * @param id            Keycloak's id of the event (a UUID), so that an event read twice is written once; derived
 *                      from the event's own fields when a Keycloak gives none
 * @param username      who, as typed at the login form, or null when Keycloak names the user by id only
 * @param userId        Keycloak's id of the user, or null (an unknown username, a client's error)
 * @param action        what happened in Keycloak's terms, e.g. {@code Keycloak LOGIN_ERROR sigti} or
 *                      {@code Keycloak UPDATE USER users/8c1f...}
 * @param sourceAddress the client's address as Keycloak saw it
 * @param detail        Keycloak's error (e.g. {@code invalid_user_credentials}) and the lockout's facts
 */
public record KeycloakEvent(String id, Instant at, SecurityEventKind kind, String username, String userId,
        String action, String sourceAddress, String detail) {

    /** The object type of an imported security event; its object id is the Keycloak event's {@link #id}. */
    public static final String OBJECT_TYPE = "KEYCLOAK_EVENT";

    /** The login event types SIGTI imports: the realm must keep them ({@code enabledEventTypes}). */
    public static final List<String> LOGIN_TYPES = List.of("LOGIN_ERROR", "USER_DISABLED_BY_TEMPORARY_LOCKOUT",
            "USER_DISABLED_BY_PERMANENT_LOCKOUT");

    /** Keycloak's error for a login refused because brute-force detection has locked the account. */
    static final String LOCKED = "user_temporarily_disabled";

    /** The lockout facts Keycloak adds to a lockout event; the others (session codes, URLs) are its own business. */
    private static final List<String> LOCKOUT_DETAILS = List.of("num_failures", "not_before", "reason");

    /** Who, for the security event: the typed username, else Keycloak's user id, else "anonymous". */
    public String who() {
        return username != null ? username : userId != null ? userId : "anonymous";
    }

    /** This event with the username Keycloak gave for its user id. */
    public KeycloakEvent named(String name) {
        return new KeycloakEvent(id, at, kind, name, userId, action, sourceAddress, detail);
    }

    /**
     * A login event as SIGTI keeps it: LOGIN_ERROR is a failed login (an account locked when Keycloak's error says
     * so), the two lockout types are a locked account; empty for every other type.
     */
    public static Optional<KeycloakEvent> ofLogin(JsonObject event) {
        String type = text(event, "type");
        String error = text(event, "error");
        SecurityEventKind kind;
        if ("LOGIN_ERROR".equals(type)) {
            kind = LOCKED.equals(error) ? SecurityEventKind.ACCOUNT_LOCKED : SecurityEventKind.LOGIN_FAILED;
        } else if (LOGIN_TYPES.contains(type)) {
            kind = SecurityEventKind.ACCOUNT_LOCKED;
        } else {
            return Optional.empty();
        }
        JsonObject details = object(event, "details");
        List<String> facts = new ArrayList<>();
        if (error != null) {
            facts.add(error);
        }
        for (String name : LOCKOUT_DETAILS) {
            String value = text(details, name);
            if (value != null) {
                facts.add(name + "=" + value);
            }
        }
        String client = text(event, "clientId");
        long time = time(event);
        return Optional.of(new KeycloakEvent(idOf(event, time, type, text(event, "userId"), text(event, "ipAddress"),
                text(event, "sessionId")), Instant.ofEpochMilli(time), kind, text(details, "username"),
                text(event, "userId"), "Keycloak " + type + (client == null ? "" : " " + client),
                text(event, "ipAddress"), facts.isEmpty() ? null : String.join("; ", facts)));
    }

    /**
     * An admin event: what was done (operation, resource type and path) and by whom (the administrator's user id
     * and address). The representation is not read: the realm does not keep it, as it may hold secrets.
     */
    public static KeycloakEvent ofAdmin(JsonObject event) {
        JsonObject auth = object(event, "authDetails");
        String operation = text(event, "operationType");
        String resourceType = text(event, "resourceType");
        String path = text(event, "resourcePath");
        long time = time(event);
        List<String> facts = new ArrayList<>();
        if (text(event, "error") != null) {
            facts.add(text(event, "error"));
        }
        for (String name : List.of("realmId", "clientId")) {
            if (text(auth, name) != null) {
                facts.add(name + "=" + text(auth, name));
            }
        }
        String action = "Keycloak " + operation + " " + resourceType + (path == null ? "" : " " + path);
        return new KeycloakEvent(idOf(event, time, operation, path, text(auth, "userId"), text(auth, "ipAddress")),
                Instant.ofEpochMilli(time), SecurityEventKind.IDP_ADMIN_ACTION, null, text(auth, "userId"), action,
                text(auth, "ipAddress"), String.join("; ", facts));
    }

    private static long time(JsonObject event) {
        JsonValue time = event.get("time");
        if (!(time instanceof JsonNumber number)) {
            throw new IllegalArgumentException("a Keycloak event without a time: " + event);
        }
        return number.longValueExact();
    }

    /** Keycloak's id; for a Keycloak that gives none, a digest of what tells the event apart. */
    private static String idOf(JsonObject event, long time, String... fields) {
        String id = text(event, "id");
        if (id != null) {
            return id;
        }
        StringBuilder key = new StringBuilder().append(time);
        for (String field : fields) {
            key.append('|').append(field);
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? object.getString(name) : value.toString();
    }

    private static JsonObject object(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonObject found ? found : null;
    }
}
