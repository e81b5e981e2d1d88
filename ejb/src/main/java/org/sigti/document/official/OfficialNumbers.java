package org.sigti.document.official;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.document.OfficialCounter;
import org.sigti.security.Roles;

/**
 * The next number of an official document, per institution, issuing unit, kind and year: 1, 2, 3... and 1 again
 * for another unit, kind or year. Taken in the signing transaction under the counter row's write lock (SELECT ...
 * FOR UPDATE, on H2 and PostgreSQL), as {@link org.sigti.document.DocumentNumbers} does: concurrent signers wait
 * their turn and a rolled-back signature gives its number back. Called by {@link DocumentDesk} only, which lets only
 * the document's last signer take the number: whoever the manual names signs, inside IT or not (a requesting unit
 * signs DPG/ESIN-PRO-5's Acta de conformidad), so every role that acts on a case may reach it; the Auditor never.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class OfficialNumbers {

    /** Creating a missing counter can lose a race once; a second failure is a real fault. */
    private static final int ATTEMPTS = 3;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OfficialCounterCreation creation;

    public long next(OfficialCounter.Key key) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            OfficialCounter counter = em.find(OfficialCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (counter != null) {
                return counter.take();
            }
            creation.createIfMissing(key);
        }
        throw new IllegalStateException("The counter of " + key + " could not be created.");
    }
}
