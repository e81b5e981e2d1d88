package org.sigti.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

/**
 * What SIGTI keeps of the people a request acts for (name, e-mail, unit and institution), read once per request: a
 * render of the home page asked for the caller's profile in every menu's check, the inbox's count, its page and each
 * saved view's count, the same row eight times or more (issue 20). A profile changes only at its owner's login
 * ({@link LoginRegistration}, which forgets it here); a person SIGTI does not know yet is read again at each ask, so a
 * profile created meanwhile is seen at once. Outside a request (a timer, a background task) every ask reads the row.
 */
@RequestScoped
public class CallerProfiles {

    /** A person's profile as the services use it; {@code unitCode} and {@code institutionCode} null without a unit. */
    public record Facts(String fullName, String email, String unitCode, String institutionCode) {
    }

    private final Map<String, Facts> known = new HashMap<>();

    /** The profile of {@code username}, through the request's memory when a request is under way. */
    public static Optional<Facts> of(EntityManager em, String username) {
        try {
            return CDI.current().select(CallerProfiles.class).get().read(em, username);
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            return load(em, username);
        }
    }

    /** Forgets {@code username}'s profile in the current request, if any: it has just changed. */
    static void forget(String username) {
        try {
            CDI.current().select(CallerProfiles.class).get().drop(username);
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            // nothing kept
        }
    }

    /**
     * Through the request's instance (public: a client proxy defined apart from this package would run a
     * package-private method on itself, one map for every request).
     */
    public Optional<Facts> read(EntityManager em, String username) {
        Facts facts = known.get(username);
        if (facts != null) {
            return Optional.of(facts);
        }
        Optional<Facts> loaded = load(em, username);
        loaded.ifPresent(f -> known.put(username, f));
        return loaded;
    }

    /** Drops what the request keeps of {@code username}. */
    public void drop(String username) {
        known.remove(username);
    }

    /** A list, not a stream: Hibernate's statistics count the queries a list runs (InboxPageCostIT reads them). */
    private static Optional<Facts> load(EntityManager em, String username) {
        return em.createNamedQuery("UserProfile.findByUsername", UserProfile.class).setParameter("username", username)
                .setMaxResults(1).getResultList().stream().findFirst().map(p -> new Facts(p.getFullName(), p.getEmail(),
                        p.getUnit() == null ? null : p.getUnit().getCode(),
                        p.getUnit() == null ? null : p.getUnit().getInstitutionCode()));
    }
}
