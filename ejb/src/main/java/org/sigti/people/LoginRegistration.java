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

    /**
     * The person's unit: the first of their unit groups (subgroups of {@link #unitsGroup()}) that SIGTI knows; else
     * the first unit group, registered as a new unit. Other groups (such as AD role groups) are never units.
     */
    private OrgUnit unitOf(List<String> groups, List<String> roles) {
        String parent = unitsGroup();
        List<String> codes = groups.stream().map(g -> unitCode(parent, g)).filter(c -> !c.isEmpty()).toList();
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

    /** The group whose subgroups are the units ({@code SIGTI_UNITS_GROUP}, by default {@code /Unidades}). */
    static String unitsGroup() {
        return System.getProperty("sigti.units-group", "/Unidades");
    }

    /**
     * The unit code a group path names: "/Unidades/UIT" → "UIT" when the units group is "/Unidades"; "" for any
     * other group, or for a code longer than {@link OrgUnit#CODE_MAXLENGTH} characters.
     */
    static String unitCode(String unitsGroup, String group) {
        String prefix = unitsGroup.endsWith("/") ? unitsGroup : unitsGroup + "/";
        String path = group == null ? "" : group.strip();
        if (!path.startsWith(prefix)) {
            return "";
        }
        String code = path.substring(prefix.length());
        return code.isEmpty() || code.contains("/") || code.length() > OrgUnit.CODE_MAXLENGTH ? "" : code;
    }
}
