package org.sigti.document;

import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sigti.security.Roles;

/**
 * Part of {@link DocumentNumbers}, not for other callers: inserts the counter of an institution, kind and year at 0 in a
 * transaction of its own, so that a caller that loses the race to create it (the primary key refuses the second
 * insert) is not rolled back; it then simply locks the row the winner created.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DocumentCounterCreation {

    private static final Logger LOG = Logger.getLogger(DocumentCounterCreation.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Creates the counter unless it exists; losing a concurrent creation is not an error. */
    public void createIfMissing(String institution, DocumentSeries series, int year) {
        DocumentCounter.Key key = new DocumentCounter.Key(institution, series, year);
        if (em.find(DocumentCounter.class, key) != null) {
            return;
        }
        try {
            em.persist(new DocumentCounter(institution, series, year));
            em.flush();
            LOG.info(() -> "SIGTI: document numbers started for " + key);
        } catch (PersistenceException e) {
            // another caller created it first; the caller's next lock finds that row
            LOG.fine(() -> "SIGTI: counter " + key + " created concurrently: " + e);
            context.setRollbackOnly();
        }
    }
}
