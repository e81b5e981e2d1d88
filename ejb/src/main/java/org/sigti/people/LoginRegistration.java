package org.sigti.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.unit.Institution;
import org.sigti.unit.OrgUnit;
import org.sigti.unit.UnitKind;

/**
 * Creates or refreshes the profile of the person who just logged in, from the identity provider's token: name,
 * e-mail, unit (the first of the person's groups that names a unit) and roles. Called once per session.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class LoginRegistration {

    private static final Logger LOG = Logger.getLogger(LoginRegistration.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    public ProfileView recordLogin(IdentityClaims claims) {
        String username = context.getCallerPrincipal().getName();
        Instant now = clock.instant();
        UserProfile profile = findProfile(username).orElseGet(() -> {
            UserProfile created = new UserProfile(username, now);
            em.persist(created);
            return created;
        });
        List<String> roles = Roles.ALL.stream().filter(context::isCallerInRole).toList();
        profile.recordLogin(claims.fullName(), claims.email(), unitOf(claims.groups(), roles), roles, now);
        LOG.info(() -> "Login of " + username + " with roles " + roles);
        return ProfileView.of(profile);
    }

    private Optional<UserProfile> findProfile(String username) {
        return em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * The person's unit: the first of their unit groups ({@link Institutions#parse}) that SIGTI knows; else the first
     * unit group, registered as a new unit of its institution. Other groups (such as AD role groups) are never units,
     * nor are units of an institution this installation does not serve.
     */
    private OrgUnit unitOf(List<String> groups, List<String> roles) {
        List<Institutions.UnitPath> paths = groups.stream().map(Institutions::parse).flatMap(Optional::stream)
                .filter(p -> Institutions.enabled(p.institution()) && em.find(Institution.class, p.institution()) != null)
                .toList();
        for (Institutions.UnitPath path : paths) {
            Optional<OrgUnit> known = findUnit(path);
            if (known.isPresent()) {
                return known.get();
            }
        }
        if (paths.isEmpty()) {
            return null;
        }
        boolean itStaff = roles.stream().anyMatch(Roles.IT_STAFF::contains);
        Institutions.UnitPath first = paths.get(0);
        OrgUnit unit = new OrgUnit(first.institution(), first.unit(), first.unit(),
                itStaff ? UnitKind.IT_TEAM : UnitKind.REQUESTING);
        em.persist(unit);
        return unit;
    }

    private Optional<OrgUnit> findUnit(Institutions.UnitPath path) {
        return em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class)
                .setParameter("institution", path.institution())
                .setParameter("code", path.unit())
                .getResultStream()
                .findFirst();
    }
}
