package org.sigti.procedure.support;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sigti.backup.BackupCopy;
import org.sigti.backup.CopyVerificationFailed;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.WorkCase;

/**
 * S04.03.01.05's entry for the backups: a pg_dump copy that failed its verification ({@link CopyVerificationFailed})
 * gets an infrastructure-incident case, opened by SIGTI in the verification's transaction for whoever verified, with
 * the copy in its field {@code copia_respaldo}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IncidentCases {

    @Inject
    CaseEngine engine;

    void open(@Observes CopyVerificationFailed failure) {
        BackupCopy copy = failure.copy();
        String title = "Copia de respaldo dañada: " + copy.getFileName();
        failure.opened(engine.startBySystem(S04030105.CODE,
                title.length() > WorkCase.TITLE_MAXLENGTH ? title.substring(0, WorkCase.TITLE_MAXLENGTH) : title,
                "La verificación de integridad de la copia " + copy.getFileName() + " (SHA-256 " + copy.getSha256()
                        + ", " + copy.getSizeBytes() + " bytes, caso de origen " + copy.getCaseId() + ") falló. "
                        + failure.detail(),
                failure.verifiedBy(), null, Map.of("copia_respaldo", copy.getId() + " " + copy.getFileName())));
    }
}
