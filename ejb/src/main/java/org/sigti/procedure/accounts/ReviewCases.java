package org.sigti.procedure.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.accounts.Account;
import org.sigti.accounts.AccountOrder;
import org.sigti.accounts.review.AccessReviewDue;
import org.sigti.accounts.review.AccessRevoked;
import org.sigti.accounts.review.ReconciliationDue;
import org.sigti.accounts.review.ReviewInstitution;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkCase;

/**
 * The semester's cases, opened by SIGTI in the calendar's transaction: the reconciliation with Human Resources' list
 * of altas and bajas ({@link ReconciliationDue}, S04.03.01.02 steps 11-17, once per semester), a unit's access review
 * ({@link AccessReviewDue}, S04.03.01.02.R) and, when a completed review revoked a person's accounts ({@link
 * AccessRevoked}), that person's S04.03.01.02 removal case, in the reviewer's move, for the reviewer. The reviews are
 * of the institution whose manual S04.03.01.02 is ({@link ReviewInstitution}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewCases implements ReviewInstitution {

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String code() {
        return engine.institutionOf(procedures.definition(S04030102R.CODE));
    }

    void open(@Observes ReconciliationDue due) {
        WorkCase existing = em.createQuery("select c from WorkCase c where c.procedureCode = :p and exists (select f"
                + " from CaseField f where f.caseId = c.id and f.name = :n and f.value = :s)", WorkCase.class)
                .setParameter("p", S04030102C.CODE).setParameter("n", S04030102C.SEMESTER)
                .setParameter("s", due.semester()).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            due.opened(existing);
            return;
        }
        due.opened(engine.startBySystem(S04030102C.CODE, "Conciliación semestral de cuentas con el listado de altas"
                + " y bajas de la OGRH, semestre " + due.semester(), "Calendario de SIGTI (S04.03.01.02, pasos 11-17,"
                + " dos veces al año): oficio a la OGRH, listado de altas y bajas de la DGRRHH, contraste con las"
                + " cuentas registradas, eliminación de las cuentas pendientes e Informe de eliminación de cuentas.",
                due.onBehalfOf(), null, Map.of(S04030102C.SEMESTER, due.semester())));
    }

    void open(@Observes AccessReviewDue due) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(S04030102R.UNIT, due.unit());
        values.put(S04030102R.SEMESTER, due.semester());
        due.opened(engine.startBySystem(S04030102R.CODE, "Revisión semestral de accesos de la unidad " + due.unit()
                + ", semestre " + due.semester(), "Calendario de revisión de accesos de SIGTI (revisión por unidad,"
                + " además de la conciliación semestral del manual, " + S04030102C.CODE + "). El Responsable de la"
                + " unidad " + due.unit() + " confirma o revoca cada cuenta activa de su personal; cada revocación abre"
                + " un caso de eliminación de cuentas.",
                due.onBehalfOf(), null, values));
    }

    void open(@Observes AccessRevoked revoked) {
        Account first = revoked.revoked().get(0).account();
        StringBuilder why = new StringBuilder("Revocado en la revisión semestral de accesos ")
                .append(revoked.reviewCase()).append(" (unidad ").append(revoked.unit()).append(", semestre ")
                .append(revoked.semester()).append(") por ").append(revoked.reviewer()).append(':');
        for (AccessRevoked.Revocation r : revoked.revoked()) {
            why.append("\n- ").append(r.account().getPlatformCode()).append(' ').append(r.account().getAccountName())
                    .append(": ").append(r.reason());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AccountFields.ORDER.username(), revoked.person());
        values.put(AccountFields.ORDER.name(), first.getPersonName());
        values.put(AccountFields.ORDER.unit(), revoked.unit());
        String description = why.length() > 3900 ? why.substring(0, 3900) : why.toString();
        String title = "Eliminación de cuentas de " + first.getPersonName() + " (revisión de accesos "
                + revoked.reviewCase() + ")";
        revoked.opened(engine.startBySystem(S04030102.CODE, title.length() > 200 ? title.substring(0, 200) : title,
                description, revoked.reviewer(), null, values));
    }
}
