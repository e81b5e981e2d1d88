package org.sigti.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.inventory.ItSystem;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Callers;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The Ciberseguridad team's registro interno de publicaciones (MINDEF S04.02.00.01 steps 31–39, S04.02.00.02 steps
 * 24–32), written inside the move of the step that calls it: {@link #validate} is the check of "¿datos completos?"
 * (step 32 / 25) and of the data typed when the ticket is created (step 31 / 24, {@link #check}); {@link #register}
 * is the update of the register when the service is confirmed (step 39 / 32): refused when the same public IP and an
 * overlapping port are already published for another system; {@link #withdraw} ends a publication, which stays in
 * the register. Refusals are {@link WorkflowException}s with the message the person reads (for bad data, one per
 * field of the request): the move rolls back and nothing is stored. Only the people of the cybersecurity team (and
 * the Jefe) write it; anyone else is recorded as a security event and refused.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
public class Publications {

    /** The team that keeps the register. */
    public static final String TEAM = "CIBER";

    private static final Logger LOG = Logger.getLogger(Publications.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    private final Clock clock = Clock.systemUTC();

    /**
     * The problems of the request, field name (the request's {@code *Field}) → message key; empty when it is
     * complete and valid. Nothing is refused nor recorded: a step may use it to decide or to list what is missing.
     */
    public Map<String, String> problems(PublicationRequest request, boolean complete) {
        return PublicationRules.problems(request, complete);
    }

    /**
     * "¿Datos completos?": refused ({@code publication.invalid}, one message per field) unless the private IP and the
     * ports are typed and valid, the public IP valid if typed, and the system one of the caller's active catalog.
     */
    public void validate(PublicationRequest request) {
        refuseProblems(PublicationRules.problems(request, true));
        system(institution(), request);
    }

    /** What is typed so far is valid (blank values pass: the completeness loop asks for them). */
    public void check(PublicationRequest request) {
        refuseProblems(PublicationRules.problems(request, false));
        if (request.systemCode() != null && !request.systemCode().isBlank()) {
            system(institution(), request);
        }
    }

    /**
     * Registers the publication of the case's request (step 39 / 32), by the caller now.
     *
     * @param caseId       the case whose step registers it
     * @param ticketNumber the publication ticket's number, or null
     * @return the publication's id
     * @throws WorkflowException {@code publication.invalid} (per field), {@code publication.conflict} (public IP,
     *                           port, the other system's code), {@code publication.case.unknown}
     */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public long register(long caseId, String ticketNumber, PublicationRequest request) {
        Actor caller = writer("Publications.register");
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !c.getInstitutionCode().equals(caller.institutionCode())) {
            if (c != null) {
                securityEvents.accessDenied("Publications.register", "work_case", String.valueOf(caseId),
                        null, "another institution");
            }
            throw new WorkflowException("publication.case.unknown", String.valueOf(caseId));
        }
        refuseProblems(PublicationRules.problems(request, true));
        ItSystem system = system(c.getInstitutionCode(), request);
        String privateIp = PublicationRules.address(request.privateIp()).orElseThrow().text();
        String publicIp = request.publicIp() == null || request.publicIp().isBlank() ? null
                : PublicationRules.address(request.publicIp()).orElseThrow().text();
        List<PortRange> ports = PublicationRules.ports(request.ports());
        if (publicIp != null) {
            refuseConflict(system, publicIp, ports);
        }
        Publication p = new Publication(c.getInstitutionCode(), system.getId(), privateIp, publicIp,
                PublicationRules.normalized(ports), c.getId(), c.getNumber(), blankToNull(ticketNumber),
                caller.username(), clock.instant());
        em.persist(p);
        em.flush();
        for (PortRange r : ports) {
            em.persist(new PublicationPort(p.getId(), r.from(), r.to()));
        }
        em.flush();
        LOG.info(() -> "SIGTI: publication " + p.getId() + " of " + system.getCode() + " " + privateIp + " <- "
                + (publicIp == null ? "-" : publicIp) + " ports " + p.getPorts() + " from " + c.getNumber()
                + " by " + caller.username());
        return p.getId();
    }

    /**
     * Withdraws a publication (the service is no longer exposed): it stays in the register, ended, with who, when
     * and why; its ports are free again for another system.
     *
     * @throws WorkflowException {@code publication.unknown}, {@code publication.stale}, {@code publication.ended},
     *                           {@code publication.reason.required}
     */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public void withdraw(long id, long version, String reason) {
        Actor caller = writer("Publications.withdraw");
        Publication p = em.find(Publication.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !p.getInstitutionCode().equals(caller.institutionCode())) {
            throw new WorkflowException("publication.unknown", String.valueOf(id));
        }
        if (p.getVersion() != version) {
            throw new WorkflowException("publication.stale");
        }
        if (!p.isActive()) {
            throw new WorkflowException("publication.ended");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > Publication.REASON_MAXLENGTH) {
            throw new WorkflowException("publication.reason.required",
                    Map.of("reason", "publication.reason.required"));
        }
        p.withdraw(caller.username(), clock.instant(), reason.strip());
    }

    /** Whether the caller may write the register (the screen offers its actions only then); any reader may ask. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
    public boolean isWriter() {
        return mayWrite(Callers.actor(context, em));
    }

    /**
     * The public IP's lock row is write-locked (created if new), then any active publication of another system on
     * the same public IP with an overlapping port refuses the registration.
     */
    private void refuseConflict(ItSystem system, String publicIp, List<PortRange> ports) {
        PublishedAddress lock = em.find(PublishedAddress.class, publicIp, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            em.persist(new PublishedAddress(publicIp));
            em.flush();
            em.find(PublishedAddress.class, publicIp, LockModeType.PESSIMISTIC_WRITE);
        }
        for (PortRange r : ports) {
            List<Object[]> clash = em.createQuery("select s.code, pp.portFrom, pp.portTo"
                    + " from Publication p, PublicationPort pp, ItSystem s where pp.publicationId = p.id"
                    + " and s.id = p.systemId and p.publicIp = :ip and p.endedAt is null and p.systemId <> :system"
                    + " and pp.portFrom <= :portTo and pp.portTo >= :portFrom order by p.publishedAt",
                    Object[].class).setParameter("ip", publicIp).setParameter("system", system.getId())
                    .setParameter("portFrom", r.from()).setParameter("portTo", r.to())
                    .setMaxResults(1).getResultList();
            if (!clash.isEmpty()) {
                Object[] other = clash.get(0);
                PortRange taken = new PortRange((Integer) other[1], (Integer) other[2]);
                throw new WorkflowException("publication.conflict", publicIp, taken.toString(), (String) other[0],
                        r.toString());
            }
        }
    }

    private ItSystem system(String institution, PublicationRequest request) {
        String code = request.systemCode() == null ? "" : request.systemCode().strip().toUpperCase(Locale.ROOT);
        return em.createQuery("select s from ItSystem s where s.institutionCode = :i and s.code = :c"
                + " and s.active = true", ItSystem.class).setParameter("i", institution).setParameter("c", code)
                .getResultStream().findFirst().orElseThrow(() -> new WorkflowException("publication.invalid",
                        Map.of(request.systemField(), "publication.system.unknown"), code));
    }

    private String institution() {
        String i = Callers.actor(context, em).institutionCode();
        return i == null ? "" : i;
    }

    private Actor writer(String action) {
        Actor caller = Callers.actor(context, em);
        if (!mayWrite(caller)) {
            securityEvents.accessDenied(action, "publication_register", caller.institutionCode(), null,
                    "not of the cybersecurity team (" + caller.unitCode() + ")");
            throw new AccessDeniedException("the register of publications is the cybersecurity team's");
        }
        return caller;
    }

    private static boolean mayWrite(Actor caller) {
        return caller.institutionCode() != null && (caller.has(Roles.JEFE)
                || TEAM.equals(caller.unitCode()) && (caller.has(Roles.TECNICO) || caller.has(Roles.RESPONSABLE)));
    }

    private static void refuseProblems(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new WorkflowException("publication.invalid", problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
