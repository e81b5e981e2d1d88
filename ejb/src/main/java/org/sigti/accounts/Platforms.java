package org.sigti.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sigti.inventory.LicensePool;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;

/**
 * The platforms people get accounts on and the privileges each grants (/accounts/platforms.xhtml): listed a page at a
 * time and read by IT staff and the Auditor; registered, described, deactivated and (while no account was ever
 * opened on them) deleted by the Jefe and the Responsables. A platform is the account side of a catalog system (its
 * code is the system's). Edits carry the version the user saw: a stale one changes nothing. Every change is a
 * {@link PlatformChange}; a denied write is a security event, then {@link EJBAccessException}.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class Platforms {

    public static final int MAX_PAGE = 100;
    public static final int MAX_PRIVILEGES = 200;
    public static final int MAX_CHANGES = 50;

    static final String ROW = "select new org.sigti.accounts.PlatformRow(p.code, p.version, coalesce(p.name, s.name),"
            + " s.name, lp.code, p.accountRule, p.active,"
            + " (select count(a) from Account a where a.platformCode = p.code and a.status <> :closed),"
            + " (select count(v) from PlatformPrivilege v where v.platformCode = p.code and v.active = true),"
            + " (select count(u) from PlatformPrivilege u where u.platformCode = p.code and u.active = true"
            + " and u.uncommon = true))"
            + " from AccountPlatform p join ItSystem s on s.code = p.code left join LicensePool lp on lp.id = p.licensePoolId";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    TrailLedgers ledgers;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    @EJB
    org.sigti.people.InstitutionScope scope;

    public long count(boolean includeInactive) {
        return em.createQuery("select count(p) from AccountPlatform p" + where(includeInactive), Long.class)
                .setParameter("institution", scope.caller()).getSingleResult();
    }

    public List<PlatformRow> page(boolean includeInactive, int first, int size) {
        return em.createQuery(ROW + where(includeInactive) + " order by p.code", PlatformRow.class)
                .setParameter("institution", scope.caller()).setParameter("closed", AccountStatus.CLOSED).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE)).getResultList();
    }

    /** A platform of the caller's institution; another institution's is refused and recorded. */
    public Optional<PlatformRow> find(String code) {
        String c = PlatformValidation.code(code);
        owned(c, "find");
        return c == null ? Optional.empty() : em.createQuery(ROW + " where p.code = :code", PlatformRow.class)
                .setParameter("closed", AccountStatus.CLOSED).setParameter("code", c).getResultStream().findFirst();
    }

    /** @throws PlatformException {@code platforms.unknown} */
    public PlatformRow get(String code) {
        return find(code).orElseThrow(() -> new PlatformException("platforms.unknown", String.valueOf(code)));
    }

    /** The privileges of a platform, the active ones first. */
    public List<PrivilegeRow> privileges(String platformCode) {
        owned(PlatformValidation.code(platformCode), "privileges");
        return em.createQuery("select new org.sigti.accounts.PrivilegeRow(v.platformCode, v.code, v.version, v.name,"
                + " v.uncommon, v.active) from PlatformPrivilege v where v.platformCode = :p"
                + " order by v.active desc, v.code", PrivilegeRow.class)
                .setParameter("p", PlatformValidation.code(platformCode)).setMaxResults(MAX_PRIVILEGES).getResultList();
    }

    /** The latest changes of a platform and its privileges, newest first. */
    public List<PlatformChangeRow> changes(String platformCode) {
        owned(PlatformValidation.code(platformCode), "changes");
        return em.createQuery("select c from PlatformChange c where c.institutionCode = :institution"
                + " and c.platformCode = :p order by c.id desc", PlatformChange.class)
                .setParameter("institution", scope.caller()).setParameter("p", PlatformValidation.code(platformCode))
                .setMaxResults(MAX_CHANGES).getResultStream().map(c -> new PlatformChangeRow(c.getAt(), c.getActor(),
                        c.getAction().name(), c.getPrivilegeCode(), c.getDetail())).toList();
    }

    /** The active catalog systems that are not platforms yet: what a new platform may be. */
    public List<String> availableSystems() {
        return em.createQuery("select s.code from ItSystem s where s.institutionCode = :institution"
                + " and s.active = true and not exists (select 1 from AccountPlatform p where p.code = s.code)"
                + " order by s.code", String.class).setParameter("institution", scope.caller()).setMaxResults(500).getResultList();
    }

    /** The license pools of a catalog system: those a platform on it may take seats from. */
    public List<String> pools(String systemCode) {
        return em.createQuery("select p.code from LicensePool p where p.institutionCode = :institution"
                + " and p.system.code = :s order by p.code", String.class).setParameter("institution", scope.caller())
                .setParameter("s", PlatformValidation.code(systemCode)).setMaxResults(200).getResultList();
    }

    /** Registers a platform on a catalog system; returns its code. */
    public String create(PlatformDraft draft) {
        String code = PlatformValidation.code(draft.code());
        requireWriter("create", code);
        Map<String, String> problems = PlatformValidation.problems(draft);
        if (!problems.containsKey("code")) {
            if (em.find(AccountPlatform.class, code) != null) {
                problems.put("code", "platforms.code.taken");
            } else if (em.createQuery("select s.id from ItSystem s where s.institutionCode = :institution"
                    + " and s.code = :c and s.active = true", Long.class).setParameter("institution", scope.caller())
                    .setParameter("c", code).getResultList().isEmpty()) {
                problems.put("code", "platforms.code.notInCatalog");
            }
        }
        Long pool = pool(problems, code, draft.licensePool());
        if (!problems.isEmpty()) {
            throw new PlatformException(problems);
        }
        AccountPlatform platform = new AccountPlatform(scope.caller(), code, draft.name().strip(), pool,
                PlatformValidation.blank(draft.accountRule()));
        em.persist(platform);
        flush(() -> new PlatformException(Map.of("code", "platforms.code.taken")));
        trail(code, null, PlatformChange.Action.CREATED, describe(platform, draft.licensePool()));
        return code;
    }

    /** Describes a platform seen at {@code version} again. */
    public void change(String code, long version, PlatformDraft draft) {
        requireWriter("change", code);
        AccountPlatform platform = platform(code, version);
        Map<String, String> problems = PlatformValidation.problems(new PlatformDraft(platform.getCode(), draft.name(),
                draft.licensePool(), draft.accountRule()));
        Long pool = pool(problems, platform.getCode(), draft.licensePool());
        if (!problems.isEmpty()) {
            throw new PlatformException(problems);
        }
        platform.describe(draft.name().strip(), pool, PlatformValidation.blank(draft.accountRule()));
        flush(() -> new PlatformException("platforms.stale", platform.getCode()));
        trail(platform.getCode(), null, PlatformChange.Action.CHANGED, describe(platform, draft.licensePool()));
    }

    /** Deactivates (no new accounts; those it has stay) or reactivates a platform seen at {@code version}. */
    public void setActive(String code, long version, boolean active) {
        requireWriter(active ? "activate" : "deactivate", code);
        AccountPlatform platform = platform(code, version);
        if (platform.isActive() != active) {
            platform.setActive(active);
            flush(() -> new PlatformException("platforms.stale", platform.getCode()));
            trail(platform.getCode(), null, active ? PlatformChange.Action.ACTIVATED
                    : PlatformChange.Action.DEACTIVATED, null);
        }
    }

    /** Deletes a platform on which no account was ever opened, with its privileges; the others are deactivated. */
    public void delete(String code, long version) {
        requireWriter("delete", code);
        AccountPlatform platform = platform(code, version);
        long accounts = em.createQuery("select count(a) from Account a where a.platformCode = :p", Long.class)
                .setParameter("p", platform.getCode()).getSingleResult();
        if (accounts > 0) {
            throw new PlatformException("platforms.hasAccounts", platform.getCode(), String.valueOf(accounts));
        }
        em.createQuery("delete from PlatformPrivilege v where v.platformCode = :p").setParameter("p", platform.getCode())
                .executeUpdate();
        em.remove(platform);
        flush(() -> new PlatformException("platforms.stale", platform.getCode()));
        trail(platform.getCode(), null, PlatformChange.Action.DELETED, null);
    }

    /** Adds a privilege to a platform. */
    public void addPrivilege(String platformCode, PrivilegeDraft draft) {
        String platform = PlatformValidation.code(platformCode);
        requireWriter("addPrivilege", platform);
        if (platform == null || owned(platform, "addPrivilege") == null) {
            throw new PlatformException("platforms.unknown", String.valueOf(platformCode));
        }
        Map<String, String> problems = PlatformValidation.problems(draft);
        String code = PlatformValidation.code(draft.code());
        if (!problems.containsKey("code")
                && em.find(PlatformPrivilege.class, new PlatformPrivilege.Key(platform, code)) != null) {
            problems.put("code", "platforms.privilege.taken");
        }
        if (!problems.isEmpty()) {
            throw new PlatformException(problems);
        }
        PlatformPrivilege privilege = new PlatformPrivilege(platform, code, draft.name().strip(), draft.uncommon());
        em.persist(privilege);
        flush(() -> new PlatformException(Map.of("code", "platforms.privilege.taken")));
        trail(platform, code, PlatformChange.Action.PRIVILEGE_ADDED, describe(privilege));
    }

    /** Renames a privilege seen at {@code version} or changes whether it is uncommon. */
    public void changePrivilege(String platformCode, String code, long version, PrivilegeDraft draft) {
        requireWriter("changePrivilege", platformCode + ":" + code);
        PlatformPrivilege privilege = privilege(platformCode, code, version);
        Map<String, String> problems = PlatformValidation.problems(new PrivilegeDraft(privilege.getCode(), draft.name(),
                draft.uncommon()));
        if (!problems.isEmpty()) {
            throw new PlatformException(problems);
        }
        privilege.describe(draft.name().strip(), draft.uncommon());
        flush(() -> new PlatformException("platforms.stale", privilege.getCode()));
        trail(privilege.getPlatformCode(), privilege.getCode(), PlatformChange.Action.PRIVILEGE_CHANGED,
                describe(privilege));
    }

    /** Retires (granted no more) or brings back a privilege seen at {@code version}. */
    public void setPrivilegeActive(String platformCode, String code, long version, boolean active) {
        requireWriter(active ? "activatePrivilege" : "deactivatePrivilege", platformCode + ":" + code);
        PlatformPrivilege privilege = privilege(platformCode, code, version);
        if (privilege.isActive() != active) {
            privilege.setActive(active);
            flush(() -> new PlatformException("platforms.stale", privilege.getCode()));
            trail(privilege.getPlatformCode(), privilege.getCode(), active ? PlatformChange.Action.PRIVILEGE_ACTIVATED
                    : PlatformChange.Action.PRIVILEGE_DEACTIVATED, null);
        }
    }

    private AccountPlatform platform(String code, long version) {
        String c = PlatformValidation.code(code);
        AccountPlatform platform = owned(c, "change");
        if (platform == null) {
            throw new PlatformException("platforms.unknown", String.valueOf(code));
        }
        if (platform.getVersion() != version) {
            throw new PlatformException("platforms.stale", platform.getCode());
        }
        return platform;
    }

    private PlatformPrivilege privilege(String platformCode, String code, long version) {
        String p = PlatformValidation.code(platformCode);
        String c = PlatformValidation.code(code);
        owned(p, "changePrivilege");
        PlatformPrivilege privilege = p == null || c == null ? null
                : em.find(PlatformPrivilege.class, new PlatformPrivilege.Key(p, c));
        if (privilege == null) {
            throw new PlatformException("platforms.privilege.unknown", p + ":" + c);
        }
        if (privilege.getVersion() != version) {
            throw new PlatformException("platforms.stale", privilege.getCode());
        }
        return privilege;
    }

    /** The id of the pool named, which must be one of the platform's system; null for none. */
    private Long pool(Map<String, String> problems, String platformCode, String poolCode) {
        String code = PlatformValidation.blank(poolCode);
        if (code == null) {
            return null;
        }
        LicensePool pool = em.createNamedQuery("LicensePool.findByCode", LicensePool.class)
                .setParameter("institution", scope.caller()).setParameter("code", code.toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .orElse(null);
        if (pool == null) {
            problems.put("licensePool", "platforms.pool.unknown");
            return null;
        }
        if (pool.getSystem() == null || !pool.getSystem().getCode().equals(platformCode)) {
            problems.put("licensePool", "platforms.pool.otherSystem");
            return null;
        }
        return pool.getId();
    }

    /** The platform of that code, when it is the caller's institution's; null when there is none. */
    private AccountPlatform owned(String code, String action) {
        return code == null ? null
                : scope.owned(em.find(AccountPlatform.class, code), "Platforms." + action, "account_platform", code);
    }

    private static String where(boolean includeInactive) {
        return " where p.institutionCode = :institution" + (includeInactive ? "" : " and p.active = true");
    }

    /** Only the Jefe and the Responsables change platforms: anyone else is recorded, then refused. */
    private void requireWriter(String action, String objectId) {
        if (!context.isCallerInRole(Roles.JEFE) && !context.isCallerInRole(Roles.RESPONSABLE)) {
            securityEvents.accessDenied("Platforms." + action, "account_platform", objectId, null,
                    "only the Jefe and the Responsables change platforms");
            throw new EJBAccessException("Platforms." + action + ": only the Jefe and the Responsables");
        }
    }

    private void flush(java.util.function.Supplier<PlatformException> clash) {
        try {
            em.flush();
        } catch (PersistenceException clashed) { // a version moved on meanwhile, or a key just taken
            throw clash.get();
        }
    }

    private void trail(String platform, String privilege, PlatformChange.Action action, String detail) {
        ledgers.persist(TrailTable.PLATFORM_CHANGE,
                new PlatformChange(scope.caller(), platform, privilege, Instant.now().truncatedTo(ChronoUnit.MICROS),
                context.getCallerPrincipal().getName(), action, detail));
    }

    private static String describe(AccountPlatform p, String pool) {
        return "nombre=" + p.getName() + "; licencias=" + (p.getLicensePoolId() == null ? "-" : pool.strip())
                + "; regla=" + (p.getAccountRule() == null ? "-" : p.getAccountRule());
    }

    private static String describe(PlatformPrivilege v) {
        return "nombre=" + v.getName() + "; no común=" + (v.isUncommon() ? "sí" : "no");
    }
}
