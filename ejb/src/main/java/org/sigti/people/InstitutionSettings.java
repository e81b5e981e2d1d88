package org.sigti.people;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.sigti.document.OfficialCounter;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.NumberFormat;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.unit.Institution;
import org.sigti.unit.InstitutionChange;

/**
 * The letterhead every document of an institution prints (name, address line, logo) and the format of its document
 * numbers, on the "Institución" screen: the Jefe changes their own institution's, the Auditor reads it. Each change is
 * one transaction that must start from the version the screen showed; a wrong or stale change changes nothing and
 * says why ({@link InstitutionException}). A Jefe aiming at another institution is denied: a security event, then
 * {@link AccessDeniedException}. Every change is a row of {@code institution_change} (who, when, what it became),
 * written in the change's transaction, and the screen lists the latest. The institution's seal (its certificate) is configuration, not edited here.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.AUDITOR})
public class InstitutionSettings {

    private static final Logger LOG = Logger.getLogger(InstitutionSettings.class.getName());

    /** How many of the latest changes the screen lists. */
    public static final int RECENT_CHANGES = 10;

    /** A change as the screen lists it: when, who (full name when known), what and what it became. */
    public record Change(Instant at, String actor, InstitutionChange.Action action, String detail)
            implements Serializable {

        /** The action's name, for the screen's bundle ({@code InstitutionChange.<name>}). */
        public String actionName() {
            return action.name();
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Institutions institutions;

    @EJB
    private SecurityEvents securityEvents;

    @Resource
    private SessionContext context;

    /** The caller's institution's letterhead and numbering. */
    public LetterheadSettings current() {
        Institution i = mine();
        return new LetterheadSettings(i.getCode(), i.getCatalogName(), i.getName(), i.getAddress(), i.hasLogo(),
                i.getNumberFormat(), i.getVersion());
    }

    /** The latest changes of the caller's institution's letterhead and numbering, newest first. */
    public List<Change> recentChanges() {
        return em.createNamedQuery("InstitutionChange.recent", InstitutionChange.class)
                .setParameter("institution", mine().getCode()).setMaxResults(RECENT_CHANGES).getResultStream()
                .map(c -> new Change(c.getAt(), fullName(c.getActor()), c.getAction(), c.getDetail())).toList();
    }

    /** A person's full name as SIGTI knows it from their last login, or their user name. */
    private String fullName(String username) {
        return em.createQuery("select p.fullName from UserProfile p where p.username = :u", String.class)
                .setParameter("u", username).getResultStream().filter(n -> n != null && !n.isBlank()).findFirst()
                .orElse(username);
    }

    /** The caller's institution's logo, or empty when its letterhead has none. */
    public Optional<byte[]> findLogo() {
        return Optional.ofNullable(mine().getLogo());
    }

    /**
     * The number the next oficio of the caller's unit (or of the institution's IT office) would get this year in a
     * format, e.g. {@code OFICIO N° 000124-2026-MINDEF/OGTIE}; a format that cannot number documents is refused.
     */
    public String nextOficio(String format) {
        String checked = InstitutionRules.checkNumberFormat(format);
        Institution i = mine();
        int year = LocalDate.now(i.getZone()).getYear();
        String unit = em.createNamedQuery("UserProfile.findUnitCode", String.class)
                .setParameter("username", caller()).getResultStream().findFirst()
                .or(() -> em.createQuery("select q.unitCode from WorkQueue q where q.institutionCode = :i"
                        + " and q.code = 'JEFATURA'", String.class).setParameter("i", i.getCode())
                        .getResultStream().findFirst())
                .orElse("TI");
        OfficialCounter counter = em.find(OfficialCounter.class,
                new OfficialCounter.Key(i.getCode(), unit, OfficialDocumentKind.OFICIO, year));
        long next = counter == null ? 1 : counter.getLastNumber() + 1;
        return NumberFormat.render(checked, OfficialDocumentKind.OFICIO.heading(), next, year, i.getCode(), unit);
    }

    /** Changes the letterhead's name and address line and the number format of the caller's institution. */
    @RolesAllowed(Roles.JEFE)
    public void changeLetterhead(LetterheadEdit edit) {
        Institution i = editable(edit.institution(), edit.expectedVersion(), "changeLetterhead");
        String name = InstitutionRules.checkName(edit.name());
        String address = InstitutionRules.checkAddress(edit.address());
        String format = InstitutionRules.checkNumberFormat(edit.numberFormat());
        i.letterhead(name, address);
        i.numberWith(format);
        changed(i, InstitutionChange.Action.LETTERHEAD, "«" + name + "» · «" + (address == null ? "" : address)
                + "» · «" + format + "»");
    }

    /** Prints a new logo (PNG or JPEG, checked by its content) on the caller's institution's letterhead. */
    @RolesAllowed(Roles.JEFE)
    public void replaceLogo(String institution, long expectedVersion, byte[] logo) {
        Institution i = editable(institution, expectedVersion, "replaceLogo");
        InstitutionRules.ImageType type = InstitutionRules.checkLogo(logo);
        i.showLogo(logo);
        changed(i, InstitutionChange.Action.LOGO_REPLACED, type.name() + " · " + logo.length + " B");
    }

    /** Takes the logo off the caller's institution's letterhead: its documents print the name and address only. */
    @RolesAllowed(Roles.JEFE)
    public void removeLogo(String institution, long expectedVersion) {
        Institution i = editable(institution, expectedVersion, "removeLogo");
        i.showLogo(null);
        changed(i, InstitutionChange.Action.LOGO_REMOVED, null);
    }

    private Institution mine() {
        String code = institutions.ofUser(caller());
        return institutions.find(code).orElseThrow(() -> new IllegalStateException("Institution " + code
                + " is not served by this installation."));
    }

    /**
     * The caller's institution if it is the one aimed at and still at the version the screen showed; checked before
     * the input, so that another institution's row is refused (and audited) whatever was typed.
     */
    private Institution editable(String code, long expectedVersion, String action) {
        Institution i = mine();
        if (!i.getCode().equals(code)) {
            securityEvents.accessDenied("InstitutionSettings." + action, "Institution", code, null,
                    "the letterhead of " + code + ", not of " + i.getCode());
            throw new AccessDeniedException("Institution " + code + " is not the caller's.");
        }
        if (i.getVersion() != expectedVersion) {
            throw new InstitutionException(InstitutionProblem.STALE);
        }
        return i;
    }

    /**
     * Writes now, so that a concurrent change is told apart, and leaves the trail of who changed what: a row of
     * {@code institution_change} in the same transaction, and the server log.
     */
    private void changed(Institution i, InstitutionChange.Action action, String detail) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new InstitutionException(InstitutionProblem.STALE);
        }
        em.persist(new InstitutionChange(i.getCode(), Instant.now(), caller(), action, detail));
        LOG.info(() -> "SIGTI institution " + i.getCode() + " changed by " + caller() + ": " + action
                + (detail == null ? "" : " " + detail.replaceAll("[\\r\\n\\t]", "_")));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
