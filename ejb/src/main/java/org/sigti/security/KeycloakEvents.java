package org.sigti.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.sigti.security.KeycloakEventCursor.Feed;

/**
 * Brings Keycloak's failed logins, lockouts and admin actions into SIGTI's security events, where the Jefe and the
 * Auditor read them beside SIGTI's own (Keycloak keeps its events only for the realm's retention, and SIGTI's are
 * sealed in the trail's ledger). Run by the clock every {@code SIGTI_IDP_EVENTS_SECONDS} ({@link KeycloakEventTimer})
 * and by "Actualizar" on the security events screen.
 *
 * <p>Each list (login events, admin events) is read in time order from a little before where the last import
 * stopped, a page at a time, with SIGTI's own client ({@link KeycloakAdminApi}); the events already in are skipped
 * by their Keycloak id ({@link KeycloakEventImport}), so an event read twice, after a restart or by two nodes, is
 * written once. A Keycloak that does not answer costs one warning line in the log, with the fix, and nothing else:
 * what was not read is read by the next pull.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.AUDITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // reads Keycloak for seconds; pages commit on their own
public class KeycloakEvents {

    /** Events a request asks for: Keycloak's own default page. */
    static final int PAGE = 100;
    /** Pages of each list per pull: a first import of a month of events goes on at the next pull. */
    static final int MAX_PAGES = 20;
    /** How far before the last imported event a pull reads again: events of a cluster arrive out of time order. */
    static final long OVERLAP_MILLIS = 5 * 60_000L;
    /** The property of the clock's interval (SIGTI_IDP_EVENTS_SECONDS), named in the log's fixes. */
    public static final String SECONDS_PROPERTY = "sigti.idp.events-seconds";

    private static final Logger LOG = Logger.getLogger(KeycloakEvents.class.getName());
    /** The problem last written to the log, "" for none: the log says it once, and once when it is over. */
    private static final AtomicReference<String> REPORTED = new AtomicReference<>("");

    /** What a pull did: how many events it wrote, and whether Keycloak answered. */
    public record Pulled(int imported, boolean answered) {
    }

    @Inject
    KeycloakAdminApi keycloak;

    @EJB
    KeycloakEventImport store;

    /** Imports what Keycloak holds and SIGTI does not; never throws for a Keycloak that does not answer. */
    public Pulled pull() {
        try {
            List<String> off = switchedOff(keycloak.object("/events/config"));
            Map<String, String> names = new HashMap<>();
            int imported = pull(Feed.LOGIN, names) + pull(Feed.ADMIN, names);
            report(off.isEmpty() ? "" : "SIGTI: the Keycloak realm at " + keycloak.realmUrl() + " keeps no "
                    + String.join(" and no ", off) + ", so SIGTI has none to import into its security events. Fix: in"
                    + " Keycloak's console, Realm settings > Events, save user events (with LOGIN_ERROR and the"
                    + " lockout types) and admin events; or update the realm as README \"Keycloak events\" says.");
            return new Pulled(imported, true);
        } catch (KeycloakUnavailableException e) {
            report(problem(e));
            return new Pulled(0, false);
        }
    }

    private int pull(Feed feed, Map<String, String> names) {
        long readTo = store.readTo(feed);
        long from = Math.max(0, readTo - OVERLAP_MILLIS);
        int imported = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonArray found = keycloak.array(query(feed, from, page * PAGE));
            List<KeycloakEvent> events = new ArrayList<>();
            long newest = readTo;
            for (JsonValue value : found) {
                KeycloakEvent event = feed == Feed.LOGIN ? KeycloakEvent.ofLogin(value.asJsonObject()).orElse(null)
                        : KeycloakEvent.ofAdmin(value.asJsonObject());
                if (event != null) {
                    events.add(event);
                    newest = Math.max(newest, event.at().toEpochMilli());
                }
            }
            Set<String> known = store.known(events.stream().map(KeycloakEvent::id).toList());
            List<KeycloakEvent> fresh = events.stream().filter(e -> !known.contains(e.id()))
                    .map(e -> named(e, names)).toList();
            if (!fresh.isEmpty() || newest > readTo) {
                imported += store.write(feed, fresh, newest);
                readTo = newest;
            }
            if (found.size() < PAGE) {
                break;
            }
        }
        return imported;
    }

    /** The request of a page: oldest first, from {@code from} (epoch milliseconds; 0: all Keycloak keeps). */
    static String query(Feed feed, long from, int first) {
        StringBuilder query = new StringBuilder(feed == Feed.LOGIN ? "/events?" : "/admin-events?");
        if (feed == Feed.LOGIN) {
            KeycloakEvent.LOGIN_TYPES.forEach(type -> query.append("type=").append(type).append('&'));
        }
        if (from > 0) {
            query.append("dateFrom=").append(from).append('&');
        }
        return query.append("direction=asc&first=").append(first).append("&max=").append(PAGE).toString();
    }

    /** The event with its user's username when Keycloak named the user by id only (a lockout, an admin). */
    private KeycloakEvent named(KeycloakEvent event, Map<String, String> names) {
        if (event.username() != null || event.userId() == null) {
            return event;
        }
        // an administrator of another realm (master) is not a user of this one: the id is all there is
        return event.named(names.computeIfAbsent(event.userId(), id -> keycloak.find("/users/"
                + KeycloakAdminApi.encode(id)).map(user -> user.getString("username", id)).orElse(id)));
    }

    /** What the realm's events configuration keeps from SIGTI, in the log's words; empty when nothing. */
    static List<String> switchedOff(JsonObject config) {
        List<String> off = new ArrayList<>();
        JsonArray types = config.containsKey("enabledEventTypes") ? config.getJsonArray("enabledEventTypes")
                : Json.createArrayBuilder().build();
        if (!config.getBoolean("eventsEnabled", false)
                || !types.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                        .contains("LOGIN_ERROR")) {
            off.add("failed logins (user events off, or LOGIN_ERROR not among them)");
        }
        if (!config.getBoolean("adminEventsEnabled", false)) {
            off.add("admin actions (admin events off)");
        }
        return off;
    }

    /** The log's line for a Keycloak that did not give the events, with what fixes it. */
    static String problem(KeycloakUnavailableException e) {
        String fix = switch (e.status()) {
            case 0 -> "start Keycloak, or set SIGTI_OIDC_PROVIDER_URL to its realm's URL";
            case 400, 401 -> "set SIGTI_OIDC_CLIENT_SECRET to the secret of SIGTI's client in the realm, whose"
                    + " service account must be enabled";
            case 403 -> "give the service account of SIGTI's client (user service-account-sigti) the realm-management"
                    + " roles view-events and view-users, as wildfly-config/keycloak/sigti-realm.json does";
            default -> "see Keycloak's log for its answer";
        };
        return "SIGTI: Keycloak's events could not be read (" + e.getMessage() + "): failed logins, lockouts and"
                + " admin actions reach the security events only once they are; SIGTI tries again every "
                + Long.getLong(SECONDS_PROPERTY, KeycloakEventTimer.DEFAULT_SECONDS) + " s. Fix: " + fix + ".";
    }

    private static void report(String problem) {
        String before = REPORTED.getAndSet(problem);
        if (problem.equals(before)) {
            return;
        }
        if (problem.isEmpty()) {
            LOG.info("SIGTI: Keycloak's events are read again into the security events");
        } else {
            LOG.warning(problem);
        }
    }
}
