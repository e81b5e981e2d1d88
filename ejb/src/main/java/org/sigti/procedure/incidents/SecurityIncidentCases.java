package org.sigti.procedure.incidents;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sigti.incidents.SecurityAlert;
import org.sigti.incidents.SecurityAlertRaised;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkCase;

/**
 * S04.04.00.03's entry for the OGTIE's branch ("Inicio: notificado por la OGTIE → actividad 3"): a security system's
 * alert ({@link SecurityAlertRaised}) opens the case in the receiving transaction, waiting at activity 3 in the
 * cybersecurity team's queue, with the alert's source, severity and detail in its description. Only a caller of the
 * procedure's institution (MINDEF) opens one; anyone else is refused and recorded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SecurityIncidentCases {

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @EJB
    SecurityEvents securityEvents;

    void open(@Observes SecurityAlertRaised raised) {
        Actor caller = raised.caller();
        SecurityAlert alert = raised.alert();
        String institution = engine.institutionOf(procedures.definition(S04040003.CODE));
        if (!caller.of(institution)) {
            securityEvents.accessDenied("SecurityAlerts.receive", "procedure", S04040003.CODE, null,
                    "an alert of another institution than the procedure's " + institution);
            throw new AccessDeniedException("security alerts of " + institution + " only");
        }
        String title = "Alerta de seguridad: " + alert.title().strip();
        raised.opened(engine.startBySystem(S04040003.CODE, S04040003.OGTIE_BRANCH,
                title.length() > WorkCase.TITLE_MAXLENGTH ? title.substring(0, WorkCase.TITLE_MAXLENGTH) : title,
                "Alerta recibida de " + alert.source().strip() + " (severidad " + alert.severity() + ", huella "
                        + alert.fingerprint().strip() + ")." + (alert.detail() == null || alert.detail().isBlank()
                                ? "" : "\n\n" + alert.detail().strip()),
                null, null, Map.of()));
    }
}
