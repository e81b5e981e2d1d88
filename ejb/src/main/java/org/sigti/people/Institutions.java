package org.sigti.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sigti.document.Letterhead;
import org.sigti.unit.Institution;

/**
 * The institutions this installation serves and how a person's groups name theirs. Keycloak groups carry the
 * institution and the unit: {@code /Instituciones/MINDEF/OGTIE/CIBER} is the unit CIBER of MINDEF (the root is
 * {@code sigti.institutions-group}); a group of the older form {@code /Unidades/UIT} belongs to the installation's
 * default institution ({@code sigti.default-institution}). {@code sigti.institutions} (comma-separated codes)
 * narrows an installation to some institutions: the others leave no trace in catalog, inboxes or lists.
 */
@ApplicationScoped
public class Institutions {

    /** The institution of the older unit groups and of people with no unit group. */
    public static final String DEFAULT = "AGETIC";

    @PersistenceContext
    EntityManager em;

    public Optional<Institution> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Institution.class, code))
                .filter(i -> enabled(i.getCode()));
    }

    /** A person's institution: their unit's, or the default one when SIGTI knows no unit of theirs. */
    public String ofUser(String username) {
        return em.createQuery("select u.institutionCode from UserProfile p join p.unit u where p.username = :u",
                String.class).setParameter("u", username).getResultStream().findFirst()
                .orElseGet(Institutions::defaultInstitution);
    }

    /**
     * The letterhead an institution's documents print: its name, its IT office (the unit its {@code JEFATURA} queue
     * is bound to), its address and its logo, all as its {@code institution} row and units say.
     */
    public Letterhead letterhead(Institution institution) {
        String office = em.createQuery("select u.name from WorkQueue q, OrgUnit u where q.institutionCode = :i"
                + " and q.code = 'JEFATURA' and u.institutionCode = q.institutionCode and u.code = q.unitCode",
                String.class).setParameter("i", institution.getCode()).getResultStream().findFirst().orElse(null);
        return new Letterhead(institution.getName(), office, institution.getAddress(), institution.getLogo());
    }

    /** The letterhead of the institution of that code ({@link #letterhead(Institution)}). */
    public Letterhead letterhead(String code) {
        Institution institution = em.find(Institution.class, code);
        if (institution == null) {
            throw new IllegalArgumentException("No institution " + code);
        }
        return letterhead(institution);
    }

    /** The institution a procedure declaration names ({@code MINDEF (Perú)}), whether or not it is enabled. */
    public Optional<String> codeOfCatalogName(String catalogName) {
        return em.createNamedQuery("Institution.byCatalogName", Institution.class).setParameter("name", catalogName)
                .getResultStream().findFirst().map(Institution::getCode);
    }

    /** The institutions served here, by code. */
    public List<Institution> enabled() {
        return em.createNamedQuery("Institution.enabled", Institution.class).getResultList().stream()
                .filter(i -> enabled(i.getCode())).toList();
    }

    /** Whether the installation serves an institution: enabled in the database and in its configuration. */
    public static boolean enabled(String code) {
        Set<String> only = configured();
        return code != null && (only.isEmpty() || only.contains(code));
    }

    private static Set<String> configured() {
        String only = System.getProperty("sigti.institutions", "");
        return Arrays.stream(only.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The institution of people whose groups name none. */
    public static String defaultInstitution() {
        return System.getProperty("sigti.default-institution", DEFAULT).strip().toUpperCase(Locale.ROOT);
    }

    /** The group whose subgroups are the institutions ({@code SIGTI_INSTITUTIONS_GROUP}, by default /Instituciones). */
    public static String institutionsGroup() {
        return System.getProperty("sigti.institutions-group", "/Instituciones");
    }

    /** The group whose subgroups are units of the default institution ({@code /Unidades}). */
    public static String unitsGroup() {
        return System.getProperty("sigti.units-group", "/Unidades");
    }

    /**
     * The institution and unit a group path names, or empty for a group that names none:
     * {@code /Instituciones/MINDEF/OGTIE/CIBER} → (MINDEF, CIBER), {@code /Instituciones/MINDEF/OGTIE} → (MINDEF,
     * OGTIE), {@code /Unidades/UIT} → (default institution, UIT). A code longer than the columns allow names none.
     */
    public static Optional<UnitPath> parse(String group) {
        String path = group == null ? "" : group.strip();
        String institutions = withSlash(institutionsGroup());
        if (path.startsWith(institutions)) {
            String[] parts = path.substring(institutions.length()).split("/");
            if (parts.length < 2 || Arrays.stream(parts).anyMatch(String::isEmpty)) {
                return Optional.empty();
            }
            return UnitPath.of(parts[0].toUpperCase(Locale.ROOT), parts[parts.length - 1]);
        }
        String units = withSlash(unitsGroup());
        if (path.startsWith(units)) {
            String code = path.substring(units.length());
            return code.contains("/") ? Optional.empty() : UnitPath.of(defaultInstitution(), code);
        }
        return Optional.empty();
    }

    private static String withSlash(String group) {
        return group.endsWith("/") ? group : group + "/";
    }

    /** An institution's unit as a group names it. */
    public record UnitPath(String institution, String unit) {

        static Optional<UnitPath> of(String institution, String unit) {
            if (institution.isEmpty() || unit.isEmpty() || institution.length() > Institution.CODE_MAXLENGTH
                    || unit.length() > org.sigti.unit.OrgUnit.CODE_MAXLENGTH) {
                return Optional.empty();
            }
            return Optional.of(new UnitPath(institution, unit));
        }
    }
}
