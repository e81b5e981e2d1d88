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
import org.sigti.unit.OrgUnit;
import org.sigti.unit.UnitKind;

/**
 * Creates or refreshes the profile of the person who just logged in, from the identity provider's token: name,
 * e-mail, unit (the first of the person's groups that names a unit) and roles. Called once per session.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE, Roles.AUDITOR})
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

    /** The first group that names a known unit; else the first group, registered as a new unit. */
    private OrgUnit unitOf(List<String> groups, List<String> roles) {
        List<String> codes = groups.stream().map(LoginRegistration::unitCode).filter(c -> !c.isEmpty()).toList();
        for (String code : codes) {
            Optional<OrgUnit> known = findUnit(code);
            if (known.isPresent()) {
                return known.get();
            }
        }
        if (codes.isEmpty()) {
            return null;
        }
        boolean itStaff = roles.stream().anyMatch(Roles.IT_STAFF::contains);
        OrgUnit unit = new OrgUnit(codes.get(0), codes.get(0), itStaff ? UnitKind.IT_TEAM : UnitKind.REQUESTING);
        em.persist(unit);
        return unit;
    }

    private Optional<OrgUnit> findUnit(String code) {
        return em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** "/Unidades/UIT" or "UIT" → "UIT"; codes are at most {@link OrgUnit#CODE_MAXLENGTH} characters. */
    static String unitCode(String group) {
        String name = group == null ? "" : group.strip();
        int slash = name.lastIndexOf('/');
        name = slash >= 0 ? name.substring(slash + 1) : name;
        return name.length() > OrgUnit.CODE_MAXLENGTH ? "" : name;
    }
}
