package org.sigti.secplatform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Callers;

/**
 * Reads the register of security platforms (/secplatform/platforms.xhtml), a page at a time in the database, code
 * order. Only MINDEF keeps it (S04.04.00.01): its Jefe and Auditor read it, and of the IT staff only the people of the
 * cybersecurity team, who administer the platforms; anyone else is refused, the refusal recorded as a security event,
 * then {@link AccessDeniedException} (the 403 page). Written only by the procedure's moves ({@link SecurityPlatforms}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class SecurityPlatformRegister {

    /** The institution whose manual keeps the register. */
    public static final String INSTITUTION = "MINDEF";
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    /** Whether the caller may read the register (the menu offers it only then); nothing is recorded. */
    public boolean isCallers() {
        return reader(Callers.actor(context, em));
    }

    /** Whether the caller may read the register; a refusal is recorded and thrown. */
    public void open() {
        allowed("SecurityPlatformRegister.open");
    }

    public long count() {
        allowed("SecurityPlatformRegister.count");
        return em.createQuery("select count(p) from SecurityPlatform p where p.institutionCode = :i", Long.class)
                .setParameter("i", INSTITUTION).getSingleResult();
    }

    /** A page of platforms with their profiles and users (three queries, whatever the page's size). */
    public List<SecurityPlatformRow> page(int first, int size) {
        allowed("SecurityPlatformRegister.page");
        List<SecurityPlatform> platforms = em.createQuery("select p from SecurityPlatform p where p.institutionCode"
                + " = :i order by p.code", SecurityPlatform.class).setParameter("i", INSTITUTION)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
        if (platforms.isEmpty()) {
            return List.of();
        }
        List<Long> ids = platforms.stream().map(SecurityPlatform::getId).toList();
        Map<Long, List<SecurityPlatformRow.Profile>> profiles = new HashMap<>();
        Map<Long, String> profileNames = new HashMap<>();
        for (SecurityPlatformProfile p : em.createQuery("select p from SecurityPlatformProfile p"
                + " where p.platformId in :ids order by p.name", SecurityPlatformProfile.class)
                .setParameter("ids", ids).getResultList()) {
            profiles.computeIfAbsent(p.getPlatformId(), k -> new ArrayList<>())
                    .add(new SecurityPlatformRow.Profile(p.getName(), p.getFunctions()));
            profileNames.put(p.getId(), p.getName());
        }
        Map<Long, List<SecurityPlatformRow.User>> users = new HashMap<>();
        for (SecurityPlatformUser u : em.createQuery("select u from SecurityPlatformUser u"
                + " where u.platformId in :ids order by u.login", SecurityPlatformUser.class)
                .setParameter("ids", ids).getResultList()) {
            users.computeIfAbsent(u.getPlatformId(), k -> new ArrayList<>()).add(new SecurityPlatformRow.User(
                    u.getLogin(), u.getHolder(), profileNames.get(u.getProfileId()), u.isFullAdmin()));
        }
        Map<Long, Instant> backups = new HashMap<>();
        for (Object[] b : em.createQuery("select b.platformId, max(b.doneAt) from SecurityPlatformBackup b"
                + " where b.platformId in :ids and b.doneAt is not null group by b.platformId", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            backups.put((Long) b[0], (Instant) b[1]);
        }
        Map<String, String> names = new HashMap<>();
        return platforms.stream().map(p -> new SecurityPlatformRow(p.getId(), p.getCode(), p.getName(), p.getKind(),
                p.getLocation(), name(names, p.getPrimaryAdmin()), name(names, p.getSecondaryAdmin()),
                p.getCredentialCustody(), backups.get(p.getId()), profiles.getOrDefault(p.getId(), List.of()),
                users.getOrDefault(p.getId(), List.of()))).toList();
    }

    private String name(Map<String, String> names, String username) {
        if (username == null) {
            return null;
        }
        return names.computeIfAbsent(username, u -> em.createQuery("select p.fullName from UserProfile p"
                + " where p.username = :u", String.class).setParameter("u", u).getResultStream().findFirst()
                .orElse(u));
    }

    /**
     * The caller is of MINDEF and either its Jefe or Auditor, or of its cybersecurity team; anyone else is recorded
     * and refused.
     */
    private void allowed(String action) {
        Actor caller = Callers.actor(context, em);
        if (!reader(caller)) {
            securityEvents.accessDenied(action, "security_platform_register", INSTITUTION, null,
                    INSTITUTION.equals(caller.institutionCode()) ? "not of the cybersecurity team ("
                            + caller.unitCode() + ")" : "another institution");
            throw new AccessDeniedException("the register of security platforms is the cybersecurity team's");
        }
    }

    private static boolean reader(Actor caller) {
        boolean whole = caller.has(Roles.JEFE) || caller.has(Roles.AUDITOR);
        return INSTITUTION.equals(caller.institutionCode())
                && (whole || SecurityPlatforms.TEAM.equals(caller.unitCode()));
    }
}
