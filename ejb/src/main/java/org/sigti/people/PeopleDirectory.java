package org.sigti.people;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sigti.security.Roles;

/** The Jefe's (and the Auditor's) list of the people who may use SIGTI, with their units and roles, from Keycloak. */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.AUDITOR})
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads a remote directory, touches no database
public class PeopleDirectory {

    /** The largest page a screen may ask for. */
    public static final int MAX_PAGE_SIZE = 50;

    @Inject
    private KeycloakDirectoryClient directory;

    public List<DirectoryUser> page(int first, int pageSize) {
        return directory.page(Math.max(0, first), Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)));
    }

    public long count() {
        return directory.count();
    }
}
