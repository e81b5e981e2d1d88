package org.sigti.document.official;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sigti.document.OfficialCounter;
import org.sigti.security.Roles;

/**
 * Part of {@link OfficialNumbers}: inserts a counter at 0 in a transaction of its own, so a signer that loses the
 * race to create it is not rolled back and simply locks the row the winner created.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OfficialCounterCreation {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public void createIfMissing(OfficialCounter.Key key) {
        if (em.find(OfficialCounter.class, key) != null) {
            return;
        }
        try {
            em.persist(new OfficialCounter(key));
            em.flush();
        } catch (PersistenceException e) {
            context.setRollbackOnly(); // created concurrently: the caller's next lock finds that row
        }
    }
}
