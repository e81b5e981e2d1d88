package org.sigti.secplatform;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.people.UserProfile;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;

/**
 * Writes the register of security platforms inside the transaction of a case's move (S04.04.00.01): step 1 registers
 * the platform or describes it again and assigns its administrators, people of the cybersecurity team; step 2 creates
 * its administration profiles; step 3 creates a user with one of them, and for the full-administration user records
 * where it is kept; step 10 records the backup. Refusals are {@link WorkflowException}s with the message the user
 * reads, and the whole move rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SecurityPlatforms {

    /** The team whose people administer the platforms. */
    public static final String TEAM = "CIBER";
    /** MINDEF's zone, for the month of a backup. */
    public static final ZoneId ZONE = ZoneId.of("America/Lima");
    /** Text that looks like a credential rather than where one is kept ("clave: ...", "password=..."). */
    private static final Pattern SECRET = Pattern.compile("(?iu)\\b(contraseña|password|clave|passwd|pwd|pin)\\s*[:=]");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,29}");

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The platform of a code in an institution, write-locked; refused when there is none. */
    public SecurityPlatform get(String institution, String code) {
        String c = code == null ? "" : code.strip();
        SecurityPlatform p = em.createNamedQuery("SecurityPlatform.findByCode", SecurityPlatform.class)
                .setParameter("institution", institution).setParameter("code", c).getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException("secplatform.platform.unknown", c));
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        return p;
    }

    /**
     * Step 1: registers the platform (or describes it again) and assigns its primary and secondary administrators,
     * two different people of the cybersecurity team of the case's institution.
     */
    public SecurityPlatform assignAdministrators(Transition t, String code, String name, String kind, String location,
            String primary, String secondary) {
        String institution = t.actor().institutionCode();
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw new WorkflowException("secplatform.code.invalid", c);
        }
        SecurityPlatformKind k = kind(kind);
        if (blank(name) || blank(location) || name.strip().length() > SecurityPlatform.NAME_MAXLENGTH
                || location.strip().length() > SecurityPlatform.LOCATION_MAXLENGTH) {
            throw new WorkflowException("secplatform.description.missing", c);
        }
        String first = teamMember(institution, primary);
        String second = teamMember(institution, secondary);
        if (first.equals(second)) {
            throw new WorkflowException("secplatform.admins.same", first);
        }
        SecurityPlatform p = em.createNamedQuery("SecurityPlatform.findByCode", SecurityPlatform.class)
                .setParameter("institution", institution).setParameter("code", c).getResultStream().findFirst()
                .orElse(null);
        if (p == null) {
            p = new SecurityPlatform(institution, c, clock.instant());
            p.describe(name, k, location);
            em.persist(p);
        } else {
            em.lock(p, LockModeType.PESSIMISTIC_WRITE);
            p.describe(name, k, location);
        }
        p.assignAdministrators(first, second, t.caseId());
        em.flush();
        return p;
    }

    /**
     * Step 2: the administration profiles, one a line, "name: functions"; a name the platform already has, or twice
     * in the list, is refused.
     */
    public List<SecurityPlatformProfile> createProfiles(Transition t, SecurityPlatform platform, String text) {
        Map<String, String> profiles = parseProfiles(text);
        Instant now = clock.instant();
        List<SecurityPlatformProfile> created = new ArrayList<>();
        for (Map.Entry<String, String> e : profiles.entrySet()) {
            if (profile(platform, e.getKey()) != null) {
                throw new WorkflowException("secplatform.profile.exists", e.getKey(), platform.getCode());
            }
            SecurityPlatformProfile p = new SecurityPlatformProfile(platform.getId(), e.getKey(), e.getValue(),
                    t.caseId(), t.actor().username(), now);
            em.persist(p);
            created.add(p);
        }
        em.flush();
        return created;
    }

    /** The profiles of a text, one a line, "name: functions", in its order; bad lines refuse the whole list. */
    static Map<String, String> parseProfiles(String text) {
        Map<String, String> profiles = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int cut = line.indexOf(':');
            String name = cut < 0 ? "" : line.substring(0, cut).strip();
            String functions = cut < 0 ? "" : line.substring(cut + 1).strip();
            if (name.isEmpty() || functions.isEmpty() || name.length() > SecurityPlatformProfile.NAME_MAXLENGTH
                    || functions.length() > SecurityPlatformProfile.FUNCTIONS_MAXLENGTH) {
                throw new WorkflowException("secplatform.profiles.format", line.strip());
            }
            if (profiles.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                throw new WorkflowException("secplatform.profiles.duplicate", name);
            }
            profiles.put(name, functions);
        }
        if (profiles.isEmpty()) {
            throw new WorkflowException("secplatform.profiles.format", "");
        }
        return profiles;
    }

    /**
     * Step 3: a user on the platform with one of its profiles. The full-administration user needs where it is kept
     * (a description of the protected equipment), which the platform records; text that looks like the credential
     * itself is refused and stored nowhere.
     */
    public SecurityPlatformUser createUser(Transition t, SecurityPlatform platform, String login, String holder,
            String profileName, boolean fullAdmin, String custody) {
        if (blank(login) || blank(holder) || login.strip().length() > SecurityPlatformUser.LOGIN_MAXLENGTH
                || holder.strip().length() > SecurityPlatformUser.HOLDER_MAXLENGTH) {
            throw new WorkflowException("secplatform.user.missing", platform.getCode());
        }
        SecurityPlatformProfile profile = profile(platform, profileName == null ? "" : profileName.strip());
        if (profile == null) {
            throw new WorkflowException("secplatform.profile.unknown", String.valueOf(profileName).strip(),
                    platform.getCode());
        }
        if (em.createQuery("select count(u) from SecurityPlatformUser u where u.platformId = :p"
                + " and lower(u.login) = :l", Long.class).setParameter("p", platform.getId())
                .setParameter("l", login.strip().toLowerCase(Locale.ROOT)).getSingleResult() > 0) {
            throw new WorkflowException("secplatform.user.exists", login.strip(), platform.getCode());
        }
        if (!blank(custody) && SECRET.matcher(custody).find()) {
            throw new WorkflowException("secplatform.custody.secret");
        }
        if (fullAdmin) {
            if (blank(custody) || custody.strip().length() > SecurityPlatform.CUSTODY_MAXLENGTH) {
                throw new WorkflowException("secplatform.custody.missing", platform.getCode());
            }
            platform.keepCredentialAt(custody);
        }
        SecurityPlatformUser u = new SecurityPlatformUser(platform.getId(), login, holder, profile.getId(), fullAdmin,
                t.caseId(), t.actor().username(), clock.instant());
        em.persist(u);
        em.flush();
        return u;
    }

    /** The month's backup of a case, opened by the monthly calendar or by step 4's choice. */
    public SecurityPlatformBackup openBackup(SecurityPlatform platform, long caseId, boolean scheduled) {
        SecurityPlatformBackup b = new SecurityPlatformBackup(platform.getId(), YearMonth.now(clock.withZone(ZONE)),
                caseId, scheduled);
        em.persist(b);
        em.flush();
        return b;
    }

    /** Step 10: the backup is made and stored on the virtual server; once per case. */
    public SecurityPlatformBackup backupDone(Transition t, SecurityPlatform platform, String fileName,
            String location) {
        if (blank(fileName) || blank(location) || fileName.strip().length() > SecurityPlatformBackup.FILE_MAXLENGTH
                || location.strip().length() > SecurityPlatformBackup.FILE_MAXLENGTH) {
            throw new WorkflowException("secplatform.backup.missing", platform.getCode());
        }
        SecurityPlatformBackup b = em.createQuery("select b from SecurityPlatformBackup b where b.caseId = :c",
                SecurityPlatformBackup.class).setParameter("c", t.caseId()).getResultStream().findFirst()
                .orElseGet(() -> openBackup(platform, t.caseId(), false));
        em.lock(b, LockModeType.PESSIMISTIC_WRITE);
        if (b.getDoneAt() != null) {
            throw new WorkflowException("secplatform.backup.again", t.caseNumber());
        }
        b.done(fileName, location, t.actor().username(), clock.instant());
        em.flush();
        return b;
    }

    /** The backup a case recorded at step 10, if any. */
    public SecurityPlatformBackup backupOf(long caseId) {
        return em.createQuery("select b from SecurityPlatformBackup b where b.caseId = :c",
                SecurityPlatformBackup.class).setParameter("c", caseId).getResultStream().findFirst().orElse(null);
    }

    /** The profile of a platform by name (case-insensitive), or null. */
    public SecurityPlatformProfile profile(SecurityPlatform platform, String name) {
        return em.createQuery("select p from SecurityPlatformProfile p where p.platformId = :p"
                + " and lower(p.name) = :n", SecurityPlatformProfile.class).setParameter("p", platform.getId())
                .setParameter("n", name.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
    }

    /** A value recorded on the case by an earlier step (the platform's code), or null. */
    public String recorded(long caseId, String field) {
        return em.createQuery("select f.value from CaseField f where f.caseId = :c and f.name = :n order by f.id desc",
                String.class).setParameter("c", caseId).setParameter("n", field).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
    }

    /** The full name SIGTI knows for a user name (the user name itself when it knows none). */
    public String fullName(String username) {
        return em.createNamedQuery("UserProfile.findByUsername", UserProfile.class).setParameter("username", username)
                .getResultStream().findFirst().map(UserProfile::getFullName).orElse(username);
    }

    /** A person of the cybersecurity team of the institution, by user name; refused otherwise. */
    private String teamMember(String institution, String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        boolean member = !u.isEmpty() && em.createQuery("select count(p) from UserProfile p join p.unit o"
                + " where p.username = :u and o.institutionCode = :i and o.code = :team", Long.class)
                .setParameter("u", u).setParameter("i", institution).setParameter("team", TEAM)
                .getSingleResult() > 0;
        if (!member) {
            throw new WorkflowException("secplatform.admin.notTeam", u);
        }
        return u;
    }

    private static SecurityPlatformKind kind(String kind) {
        try {
            return SecurityPlatformKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new WorkflowException("secplatform.kind.invalid", String.valueOf(kind));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
