package org.sigti.procedure.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.backup.BackupTargetKind;
import org.sigti.backup.CopyVerification;
import org.sigti.changes.PreChangeRule;
import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.OfficialDraft;
import org.sigti.inventory.ItSystem;
import org.sigti.procedure.change.ChangeCases;
import org.sigti.procedure.inventory.DictamenDocuments;
import org.sigti.security.Roles;
import org.sigti.unit.OrgUnit;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * What S04.02.00.03's steps do besides moving the case, inside the move's transaction: the three oficios (the OGTIE's
 * consultation to the U.O., the U.O.'s oficio de baja, the OGTIE's reply that notifies the baja técnica), each
 * numbered in MINDEF's format and sent; the backups each branch must register before it releases resources (a copy
 * of the system's database at step 6, of its source code at step 7, made or registered through the backup module
 * since the case was opened); and the system leaving the active catalog at the end, its history kept. A refusal
 * rolls the whole move back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Decommissions {

    static final String JEFE_OGTIE = "Jefe(a) de la Oficina General de Tecnologías de la Información y Estadística";

    @PersistenceContext
    EntityManager em;

    @Inject
    DictamenDocuments documents;

    @Inject
    ChangeCases cases;

    @Inject
    CaseEngine engine;

    /** Step 1: the U.O. consulted is one of MINDEF's units outside the OGTIE. */
    OrgUnit consultedUnit(Transition t, String code) {
        String unit = code == null ? "" : code.strip();
        OrgUnit found = em.createQuery("select u from OrgUnit u where u.institutionCode = :i and u.code = :c",
                OrgUnit.class).setParameter("i", t.actor().institutionCode()).setParameter("c", unit)
                .getResultStream().findFirst().orElse(null);
        if (found == null || found.getKind() != org.sigti.unit.UnitKind.REQUESTING) {
            throw new WorkflowException("procedures.decommission.unit", Map.of(S04020003.UNIT.name(),
                    "procedures.decommission.unit.field"), unit);
        }
        return found;
    }

    /**
     * Step 1: the OGTIE's oficio (an oficio múltiple, the manual's consultation of the units) to the U.O., asking
     * which systems are still used or must be decommissioned, and who answers for those in use; the Jefe(a) gives it
     * the visto bueno and signs it at step 2.
     */
    void draftConsultation(Transition t, OrgUnit unit) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String ogtie = engine.unitOf(c.getInstitutionCode(), S04020003.CHIEF);
        OfficialDraft.Signer jefe = documents.signer(t, Roles.JEFE, S04020003.CHIEF, JEFE_OGTIE);
        String body = String.join("\n\n",
                "Tengo el agrado de dirigirme a usted para solicitarle que identifique si los sistemas de información"
                        + " y/o aplicaciones desarrollados en el Ministerio de Defensa que utiliza su unidad de"
                        + " organización siguen siendo utilizados o deben darse de baja.",
                "De haber sistemas que deban darse de baja, sírvase comunicarlo mediante oficio, especificando el"
                        + " motivo de la baja (fin de su vida útil, obsolescencia tecnológica, o problemas de seguridad"
                        + " o legalidad), el nombre del software y su versión. Asimismo, sírvase designar a los"
                        + " responsables de los sistemas que se encuentran en uso.",
                "Referencia: solicitud " + c.getNumber() + " del SIGTI (" + c.getTitle() + ").");
        documents.write(t, new OfficialDraft(OfficialDocumentKind.OFICIO_MULTIPLE, ogtie, c.getId(),
                "Director(a) de " + unit.getName(), "Identificación de sistemas en uso o para dar de baja",
                "Procedimiento S04.02.00.03", body, jefe.username(), List.of(jefe),
                List.of(OfficialDraft.Recipient.unit(unit.getCode()))));
    }

    /** Step 2: the Jefe(a)'s visto bueno and signature number the consultation; it goes to the U.O. */
    void sendConsultation(Transition t) {
        documents.approveAndSign(t, OfficialDocumentKind.OFICIO_MULTIPLE, ogtie(t), true);
    }

    /** Step 2, observar: back to the coordinator with the reason. */
    void returnConsultation(Transition t) {
        documents.observe(t, OfficialDocumentKind.OFICIO_MULTIPLE, ogtie(t));
    }

    /** Step 3: the system is one of the institution's active catalog. */
    ItSystem activeSystem(Transition t, String code) {
        String wanted = code == null ? "" : code.strip();
        return em.createQuery("select s from ItSystem s where s.institutionCode = :i and s.code = :c and s.active"
                + " = true", ItSystem.class).setParameter("i", t.actor().institutionCode()).setParameter("c", wanted)
                .getResultStream().findFirst().orElseThrow(() -> new WorkflowException(
                        "procedures.decommission.system", Map.of(S04020003.SYSTEM.name(),
                                "procedures.decommission.system.field"), wanted));
    }

    /**
     * Step 3: the system owner's oficio de baja, from their unit to the OGTIE, with the reason, the software's name and
     * version the manual asks for; the Director(a) signs it in the same move (numbered in the unit's series).
     */
    void reportDecommission(Transition t, ItSystem system, String reason, String version) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String unit = t.actor().unitCode();
        String ogtie = engine.unitOf(c.getInstitutionCode(), S04020003.CHIEF);
        String body = String.join("\n\n",
                "En atención a la consulta de la OGTIE (solicitud " + c.getNumber() + "), comunico el sistema que se"
                        + " dará de baja:",
                "Software: " + system.getName() + " (" + system.getCode() + "), versión " + version.strip() + ".",
                "Motivo de la baja: " + reason + ".");
        String director = "Director(a) / Jefe(a) de la unidad de organización " + unit;
        documents.write(t, new OfficialDraft(OfficialDocumentKind.OFICIO, unit, c.getId(), JEFE_OGTIE,
                "Baja del sistema " + system.getCode(), "Oficio de la OGTIE, solicitud " + c.getNumber(), body,
                t.actor().username(), List.of(new OfficialDraft.Signer(t.actor().username(), director)),
                List.of(OfficialDraft.Recipient.unit(ogtie))));
        documents.approveAndSign(t, OfficialDocumentKind.OFICIO, unit, true);
    }

    /**
     * Steps 6 and 7: the copy of the system's database (6) or source code (7) each branch takes before releasing
     * resources: the one whose number is typed ({@link PreChangeRule#copyNumber}), or the newest, taken since the case
     * was opened and not failed (the rule of {@link PreChangeRule#protects}, here for that kind of target; any kind
     * when {@code kind} is null: S04.02.00.02's security backup before the deployment).
     *
     * @return the copy's id
     */
    long copyBeforeRelease(Transition t, ItSystem system, BackupTargetKind kind, String typed) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        boolean named = typed != null && !typed.isBlank();
        Long number = PreChangeRule.copyNumber(typed);
        var query = em.createQuery("select c.id from BackupCopy c, BackupTask k, BackupSchedule s"
                + " where c.taskId = k.id and k.scheduleId = s.id and s.systemId = :system"
                + (kind == null ? "" : " and s.targetKind = :kind")
                + " and s.institutionCode = :institution and c.verification <> :failed and c.takenAt >= :opened"
                + " and c.takenAt <= :now" + (named ? " and c.id = :copy" : "") + " order by c.takenAt desc, c.id desc",
                Long.class).setParameter("system", system.getId()).setParameter("institution", system.getInstitutionCode())
                .setParameter("failed", CopyVerification.FAILED).setParameter("opened", c.getOpenedAt())
                .setParameter("now", Instant.now()).setMaxResults(1);
        if (named) {
            query.setParameter("copy", number == null ? -1L : number);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        String refusal = kind == null ? "procedures.maintenance.preDeployCopy"
                : kind == BackupTargetKind.DATABASE ? "procedures.decommission.databaseCopy"
                        : "procedures.decommission.sourceCopy";
        return query.getResultStream().findFirst().orElseThrow(() -> new WorkflowException(refusal,
                system.getCode(), c.getNumber()));
    }

    /**
     * Step 9: the Jefe(a) takes note and signs the oficio de respuesta that notifies the U.O. of the baja técnica of
     * its system; the system leaves the active catalog (its record and change history stay).
     */
    void notifyDecommission(Transition t, ItSystem system, OrgUnit unit, String reason) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String ogtie = engine.unitOf(c.getInstitutionCode(), S04020003.CHIEF);
        OfficialDocument received = documents.ofCase(c.getId(), OfficialDocumentKind.OFICIO, unit.getCode())
                .orElseThrow(() -> new WorkflowException("procedures.dictamen.missing", "OFICIO"));
        Map<String, String> v = cases.values(t);
        String body = String.join("\n\n",
                "En atención a su " + received.getNumber() + ", se comunica la baja técnica del sistema "
                        + system.getName() + " (" + system.getCode() + "), versión " + v.get(
                                S04020003.VERSION.name()) + ", por " + reason.toLowerCase(java.util.Locale.ROOT)
                        + ".",
                "Se realizaron las copias de respaldo de su base de datos y de su código fuente, se dio de baja el"
                        + " software y se liberaron los recursos de los ambientes de producción y de desarrollo; la"
                        + " Matriz de gestión de cambios de sistemas y aplicaciones fue actualizada.",
                "Solicitud " + c.getNumber() + " del SIGTI.");
        OfficialDraft.Signer jefe = new OfficialDraft.Signer(t.actor().username(), JEFE_OGTIE);
        documents.write(t, new OfficialDraft(OfficialDocumentKind.OFICIO, ogtie, c.getId(),
                "Director(a) de " + unit.getName(), "Baja técnica del sistema " + system.getCode(),
                received.getNumber(), body, t.actor().username(), List.of(jefe),
                List.of(OfficialDraft.Recipient.unit(unit.getCode()))));
        documents.approveAndSign(t, OfficialDocumentKind.OFICIO, ogtie, true);
        system.setActive(false);
    }

    /** The values recorded on the case, with those of the move under way over them. */
    Map<String, String> values(Transition t) {
        return cases.values(t);
    }

    private String ogtie(Transition t) {
        return engine.unitOf(t.actor().institutionCode(), S04020003.CHIEF);
    }
}
