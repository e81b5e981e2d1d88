package org.sigti.it.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.changes.ChangeHistory;
import org.sigti.changes.ChangeRow;
import org.sigti.changes.GoLive;
import org.sigti.changes.SystemChanges;
import org.sigti.it.AsJefeSeprem;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.procedure.change.SepremDi0071;
import org.sigti.security.AccessDeniedException;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkflowException;

/**
 * The change history and the backup before each maintenance, inside the deployed EAR: a go-live after a copy of the
 * system taken since the case was opened is recorded on the system with that copy; without one (an older copy, a
 * failed one) it is refused and nothing is written; a Responsable's waiver lets it go on, kept with its reason and
 * as a security event; another institution's change or case is refused and recorded; roles that may not are refused.
 */
@ExtendWith(ArquillianExtension.class)
class SystemChangesIT {

    private static final Actor REQUESTER = new Actor("cambios.solicitante", "Sara Solicitante", null,
            List.of("Solicitante"), "DA", "SEPREM");

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @EJB(lookup = "java:global/sigti/sigti-ejb/SystemChanges!org.sigti.changes.SystemChanges")
    SystemChanges changes;

    @EJB(lookup = "java:global/sigti/sigti-ejb/ChangeHistory!org.sigti.changes.ChangeHistory")
    ChangeHistory history;

    @EJB(lookup = AsRole.JEFE_SEPREM)
    AsRole asJefeSeprem;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefeAgetic;

    @EJB(lookup = AsRole.RESPONSABLE)
    AsRole asResponsable;

    @EJB(lookup = AsRole.TECNICO)
    AsRole asTecnico;

    @EJB(lookup = AsRole.SOLICITANTE)
    AsRole asSolicitante;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;
    ChangeFixture fixture;
    String code;
    long systemId;
    long caseId;
    Instant before;
    Instant opened;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "changes-probe.war")
                .addClasses(SystemChangesIT.class, ChangeFixture.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        return Sigti.earWithProbe(probe);
    }

    /** Given a website of SEPREM's catalog and a SEPREM-DI-007.1 case about it, just opened. */
    @BeforeEach
    void aCaseAboutASystem() throws Exception {
        sql = new Sql(db);
        fixture = new ChangeFixture(sql);
        code = "WEB-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        systemId = fixture.system("SEPREM", code);
        before = Instant.now();
        caseId = unwrapped(() -> asJefeSeprem.call(() -> engine.start(SepremDi0071.CODE, REQUESTER,
                new NewCase("Actualizar el sitio " + code, null, null, null, null, null, null),
                procedures.flow(SepremDi0071.CODE).orElseThrow()).getId()));
        // the case was opened between the two readings of this JVM's clock (the server's)
        opened = Instant.now();
    }

    private GoLive goLive(String copy) {
        return new GoLive(caseId, code.toLowerCase(), "Nuevo formulario de contacto", "v2.4.0",
                "Volver a la etiqueta v2.3.9 y restaurar la copia", copy);
    }

    @Test
    void a_go_live_after_a_copy_taken_since_the_case_opened_is_recorded_on_the_system() throws Exception {
        // given a copy of the system older than the case, and one taken after it was opened
        fixture.copy(systemId, "SEPREM", caseId, before.minus(Duration.ofDays(1)), "VERIFIED");
        long copy = fixture.copy(systemId, "SEPREM", caseId, opened, "PENDING");

        // when the Director approves the go-live
        long id = unwrapped(() -> asJefeSeprem.call(() -> changes.goLive(goLive(""))));

        // then the change is on the system, with the recent copy and no waiver
        assertEquals(systemId + "|v2.4.0|" + AsJefeSeprem.USERNAME + "|" + copy + "|null|" + caseId,
                sql.text("select system_id || '|' || version_ref || '|' || approved_by || '|' || backup_copy_id"
                        + " || '|' || coalesce(cast(waiver_id as varchar(20)), 'null') || '|' || case_id"
                        + " from system_change where id = ?", id));
        List<ChangeRow> rows = unwrapped(() -> asJefeSeprem.call(() -> history.page(systemId, null, ZoneOffset.UTC,
                0, 20)));
        assertEquals(1, rows.size());
        assertEquals(code, rows.get(0).systemCode());
        assertEquals(copy, rows.get(0).copyId());
        assertEquals(1, (int) unwrapped(() -> asJefeSeprem.call(() -> history.count(systemId, null,
                ZoneOffset.UTC))));
    }

    @Test
    void a_first_release_needs_no_copy_but_only_a_system_without_changes_has_one() throws Exception {
        // when a new system's first release is approved, with no copy at all
        long id = unwrapped(() -> asJefeSeprem.call(() -> changes.firstRelease(goLive(null))));

        // then it is on the system's history as its first release, neither copy nor waiver
        assertEquals(systemId + "|v2.4.0|true|null|null", sql.text("select system_id || '|' || version_ref || '|'"
                + " || first_release || '|' || coalesce(cast(backup_copy_id as varchar(20)), 'null') || '|'"
                + " || coalesce(cast(waiver_id as varchar(20)), 'null') from system_change where id = ?", id));
        ChangeRow row = unwrapped(() -> asJefeSeprem.call(() -> history.page(systemId, null, ZoneOffset.UTC, 0,
                20))).get(0);
        assertTrue(row.firstRelease() && !row.waived(), row::toString);

        // and a second one is refused: the system has a history, its changes need their copy
        WorkflowException notFirst = assertThrows(WorkflowException.class,
                () -> unwrapped(() -> asJefeSeprem.call(() -> changes.firstRelease(goLive(null)))));
        assertEquals("changes.firstRelease.notFirst", notFirst.messageKey());
        assertEquals(1, sql.number("select count(*) from system_change where system_id = ?", systemId));
    }

    @Test
    void the_go_live_is_refused_without_a_copy_taken_since_the_case_opened() throws Exception {
        // given only a copy older than the case and a recent one whose verification failed
        long old = fixture.copy(systemId, "SEPREM", caseId, before.minus(Duration.ofHours(2)), "VERIFIED");
        fixture.copy(systemId, "SEPREM", caseId, opened, "FAILED");

        // when the Director approves, then it is refused and nothing is written
        WorkflowException missing = assertThrows(WorkflowException.class,
                () -> unwrapped(() -> asJefeSeprem.call(() -> changes.goLive(goLive(null)))));
        assertEquals("changes.backup.missing", missing.messageKey());
        // naming the old copy does not help either
        WorkflowException notEligible = assertThrows(WorkflowException.class,
                () -> unwrapped(() -> asJefeSeprem.call(() -> changes.goLive(goLive("N.º " + old)))));
        assertEquals("changes.backup.notEligible", notEligible.messageKey());
        assertEquals(0, sql.number("select count(*) from system_change where case_id = ?", caseId));
    }

    @Test
    void a_responsables_waiver_lets_the_change_go_live_and_is_audited() throws Exception {
        // when a Responsable of SEPREM waives the copy with a reason
        String reason = "Corrección urgente de un enlace roto " + code;
        long waiver = unwrapped(() -> asResponsable.callIn("SEPREM", () -> changes.waive(caseId, code,
                reason)));

        // then the waiver is kept with its reason, and as a security event
        assertEquals(caseId + "|" + systemId + "|" + reason, sql.text("select case_id || '|' || system_id || '|'"
                + " || reason from change_backup_waiver where id = ?", waiver));
        String caseNumber = sql.text("select case_number from work_case where id = ?", caseId);
        assertEquals("SystemChanges.waive|work_case|" + code + ": " + reason, sql.text("select action || '|'"
                + " || object_type || '|' || detail from security_event where kind = 'BACKUP_WAIVED'"
                + " and object_id = ?", caseNumber));

        // and the go-live without a copy is recorded under the waiver
        long id = unwrapped(() -> asJefeSeprem.call(() -> changes.goLive(goLive(""))));
        assertEquals(waiver, sql.number("select waiver_id from system_change where id = ? and backup_copy_id"
                + " is null", id));
        ChangeRow row = unwrapped(() -> asJefeSeprem.call(() -> history.get(id)));
        assertTrue(row.waived());
        assertEquals(reason, row.waiverReason());
    }

    @Test
    void another_institutions_change_and_case_are_refused_and_recorded() throws Exception {
        // given a change of SEPREM
        long copy = fixture.copy(systemId, "SEPREM", caseId, opened, "VERIFIED");
        long id = unwrapped(() -> asJefeSeprem.call(() -> changes.goLive(goLive(String.valueOf(copy)))));

        // when AGETIC's Jefe asks for it, or approves the go-live of SEPREM's case, then both are refused
        assertThrows(AccessDeniedException.class, () -> unwrapped(() -> asJefeAgetic.callIn("AGETIC",
                () -> history.get(id))));
        assertThrows(AccessDeniedException.class, () -> unwrapped(() -> asJefeAgetic.callIn("AGETIC",
                () -> changes.goLive(goLive(String.valueOf(copy))))));
        // and recorded as security events; AGETIC's list does not show it
        assertEquals(1, sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED'"
                + " and action = 'ChangeHistory.get' and object_type = 'system_change' and object_id = ?",
                String.valueOf(id)));
        assertEquals(1, sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED'"
                + " and action = 'SystemChanges.goLive' and object_id = ?", String.valueOf(caseId)));
        assertTrue(unwrapped(() -> asJefeAgetic.callIn("AGETIC", () -> history.page(systemId, null,
                ZoneOffset.UTC, 0, 20))).isEmpty());
        assertEquals(1, sql.number("select count(*) from system_change where case_id = ?", caseId));
    }

    @Test
    void roles_that_may_not_are_refused() throws Exception {
        // a Técnico does not waive (they go live where their manual says so: DPG/ESIN-PRO-5's c7); only a
        // Responsable waives (not the Jefe); a Solicitante neither goes live nor reads anything
        assertRefused(() -> asTecnico.callIn("SEPREM", () -> changes.waive(caseId, code, "Sin copia")));
        assertRefused(() -> asSolicitante.callIn("SEPREM", () -> changes.goLive(goLive(""))));
        assertRefused(() -> asSolicitante.callIn("SEPREM", () -> changes.firstRelease(goLive(""))));
        assertRefused(() -> asJefeSeprem.call(() -> changes.waive(caseId, code, "Sin copia")));
        assertRefused(() -> asSolicitante.callIn("SEPREM", () -> history.page(null, null, ZoneOffset.UTC, 0, 20)));
        assertEquals(0, sql.number("select count(*) from change_backup_waiver where case_id = ?", caseId));
    }

    private static void assertRefused(Callable<?> call) {
        Throwable thrown = assertThrows(Exception.class, call::call);
        boolean denied = false;
        for (Throwable t = thrown; t != null && !denied; t = t.getCause()) {
            denied = t instanceof EJBAccessException;
        }
        assertTrue(denied, () -> "not an EJBAccessException: " + thrown);
    }

    /** The work's own exception, not the EJBException a role bean wraps a system exception in. */
    private static <T> T unwrapped(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause && !(cause instanceof EJBAccessException) ? cause
                    : wrapped;
        }
    }
}
