package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.backup.BackupTargets;
import org.sigti.backup.PgCopies;
import org.sigti.backup.TargetEdit;
import org.sigti.it.AsAuditor;
import org.sigti.it.AsJefe;
import org.sigti.it.AsOperador;
import org.sigti.it.AsResponsable;
import org.sigti.it.AsRole;
import org.sigti.it.AsSolicitante;
import org.sigti.it.AsTecnico;
import org.sigti.it.Sigti;
import org.sigti.kb.KnowledgeBase;
import org.sigti.people.InstitutionSettings;
import org.sigti.people.LetterheadEdit;
import org.sigti.people.PeopleDirectory;
import org.sigti.security.KeycloakEvents;
import org.sigti.security.SecurityEventLog;
import org.sigti.sla.ServiceLevels;
import org.sigti.workflow.AuditVerifier;
import org.sigti.workflow.CaseDocuments;
import org.sigti.workflow.CaseQueries;
import org.sigti.workflow.Inbox;
import org.sigti.workflow.InboxQuery;
import org.sigti.workflow.Workflow;
import org.sigti.workflow.catalog.CatalogQueries;

/**
 * The role layer of the services, role by role, inside the EAR: each call is made as a caller holding exactly one
 * role (the {@code @RunAs} beans of the probe module) and must be refused ({@link EJBAccessException}) or let
 * through as the matrix says. Whatever happens after the role check (a 403 on the object, bad input) counts as let
 * through. Widening or narrowing a {@code @RolesAllowed} makes this fail.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRoleMatrixIT {

    private static final String J = "Jefe";
    private static final String R = "Responsable";
    private static final String T = "Tecnico";
    private static final String O = "Operador";
    private static final String S = "Solicitante";
    private static final String A = "Auditor";
    private static final Set<String> ALL = Set.of(J, R, T, O, S, A);
    private static final Set<String> WRITERS = Set.of(J, R, T, O, S);
    private static final Set<String> IT = Set.of(J, R, T, O);
    private static final Set<String> OVERSIGHT = Set.of(J, A);

    @EJB(lookup = AsRole.JEFE)
    AsJefe asJefe;
    @EJB(lookup = AsRole.RESPONSABLE)
    AsResponsable asResponsable;
    @EJB(lookup = AsRole.TECNICO)
    AsTecnico asTecnico;
    @EJB(lookup = AsRole.OPERADOR)
    AsOperador asOperador;
    @EJB(lookup = AsRole.SOLICITANTE)
    AsSolicitante asSolicitante;
    @EJB(lookup = AsRole.AUDITOR)
    AsAuditor asAuditor;

    @EJB
    Workflow workflow;
    @EJB
    Inbox inbox;
    @EJB
    CaseQueries cases;
    @EJB
    CaseDocuments documents;
    @EJB
    AuditVerifier auditVerifier;
    @EJB
    KnowledgeBase knowledgeBase;
    @EJB
    ServiceLevels serviceLevels;

    @EJB
    InstitutionSettings institutionSettings;
    @EJB
    SecurityEventLog securityEventLog;
    @EJB
    KeycloakEvents keycloakEvents;
    @EJB
    PeopleDirectory people;
    @EJB
    CatalogQueries catalog;
    @EJB
    org.sigti.accounts.Accounts accounts;
    @EJB
    BackupTargets backupTargets;
    @EJB
    PgCopies pgCopies;
    @EJB
    org.sigti.backup.BackupSchedules backupSchedules;
    @EJB
    org.sigti.backup.BackupRuns backupRuns;
    @EJB
    org.sigti.backup.BackupReports backupReports;
    @EJB
    org.sigti.backup.Restores restores;
    @EJB
    org.sigti.backup.BackupCalendar backupCalendar;
    @EJB
    org.sigti.maintenance.SemesterPlans plans;
    @EJB
    org.sigti.accounts.Platforms platforms;
    @EJB
    org.sigti.mail.MailOutboxLog mailOutbox;
    @EJB
    org.sigti.document.SignedPdfVerifier signedPdfVerifier;
    @EJB
    org.sigti.changes.ChangeHistory changeHistory;
    @EJB
    org.sigti.changes.SystemChanges systemChanges;

    @Deployment
    static EnterpriseArchive sigti() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "role-matrix-probe.war")
                .addClasses(ServiceRoleMatrixIT.class, Sigti.class));
    }

    @Test
    void every_service_lets_through_exactly_the_roles_of_the_matrix() throws Exception {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        Map<String, Callable<?>> calls = new LinkedHashMap<>();
        add(expected, calls, "Workflow.startable", WRITERS, () -> workflow.startable());
        add(expected, calls, "Workflow.take", WRITERS, () -> workflow.take(-1, 0));
        add(expected, calls, "Workflow.assign", Set.of(J, R), () -> workflow.assign(-1, 0, "nadie"));
        add(expected, calls, "Inbox.count", ALL, () -> inbox.count(InboxQuery.mine()));
        add(expected, calls, "CaseQueries.myCases", ALL, () -> cases.myCases(0, 10));
        add(expected, calls, "CaseQueries.view", ALL, () -> cases.view(-1));
        add(expected, calls, "CaseDocuments.available", ALL, () -> documents.available(-1));
        // the Auditor passes the container and is refused issuing by the service (audited), as a reader of the case
        add(expected, calls, "CaseDocuments.issue", ALL, () -> documents.issue(-1, "CLOSING_RECORD"));
        add(expected, calls, "CaseDocuments.download", ALL, () -> documents.download(-1, "CLOSING_RECORD"));
        add(expected, calls, "SignedPdfVerifier.verify", ALL, () -> signedPdfVerifier.verify(new byte[0]));
        add(expected, calls, "AuditVerifier.verifyCase", OVERSIGHT, () -> auditVerifier.verifyCase(-1));
        add(expected, calls, "KnowledgeBase.search", ALL, () -> knowledgeBase.search("vpn", 0, 5));
        add(expected, calls, "KnowledgeBase.create", IT, () -> knowledgeBase.create(null, null));
        add(expected, calls, "ServiceLevels.allTargets", ALL, () -> serviceLevels.allTargets());
        add(expected, calls, "InstitutionSettings.current", Set.of(J, A), () -> institutionSettings.current());
        // no name: refused by the service's checks, after the role check and before anything is read or written
        add(expected, calls, "InstitutionSettings.changeLetterhead", Set.of(J), () -> {
            institutionSettings.changeLetterhead(new LetterheadEdit("AGETIC", -1, null, null, null));
            return null;
        });
        add(expected, calls, "ServiceLevels.updateTargets", Set.of(J), () -> {
            serviceLevels.updateTargets(List.of());
            return null;
        });
        add(expected, calls, "SecurityEventLog.count", OVERSIGHT, () -> securityEventLog.count(null));
        // reads Keycloak's events into the security events: what "Actualizar" on their screen does
        add(expected, calls, "KeycloakEvents.pull", OVERSIGHT, () -> keycloakEvents.pull());
        add(expected, calls, "MailOutboxLog.count", OVERSIGHT, () -> mailOutbox.count(null));
        add(expected, calls, "MailOutboxLog.sendNow", Set.of(J), () -> mailOutbox.sendNow(-1));
        add(expected, calls, "PeopleDirectory.count", OVERSIGHT, () -> people.count());
        add(expected, calls, "CatalogQueries.items", ALL, () -> catalog.items());
        // the Operadores read the accounts: the inventory and registers of VPN users (S04.03.01.01/02)
        add(expected, calls, "Accounts.count", Set.of(J, R, T, O, A), () -> accounts.count(
                org.sigti.accounts.AccountFilter.none()));
        add(expected, calls, "Accounts.history", Set.of(J, R, T, O, A), () -> accounts.history("nadie"));
        Set<String> backups = Set.of(J, R, T);
        add(expected, calls, "BackupTargets.list", backups, () -> backupTargets.list());
        add(expected, calls, "BackupTargets.save", Set.of(J, R), () -> backupTargets.save(new TargetEdit(null, " ",
                false, null, null, null, null, null, null, null, null, null)));
        add(expected, calls, "PgCopies.startCopy", backups, () -> pgCopies.startCopy(-1, null, -1));
        add(expected, calls, "PgCopies.progress", Set.of(J, R, T, A), () -> pgCopies.progress(-1));
        add(expected, calls, "PgCopies.verify", backups, () -> pgCopies.verify(-1));
        add(expected, calls, "BackupSchedules.count", Set.of(J, R, T, A), () -> backupSchedules.count());
        add(expected, calls, "BackupSchedules.save", Set.of(J, R), () -> backupSchedules.save(null));
        add(expected, calls, "BackupSchedules.runNow", Set.of(J, R), () -> backupSchedules.runNow(-1));
        add(expected, calls, "BackupRuns.run", Set.of(J, R), () -> backupRuns.run(-1, java.time.Instant.EPOCH,
                false));
        add(expected, calls, "BackupReports.render", Set.of(J, R, T, A), () -> backupReports.render(-1));
        Set<String> itAndAuditor = Set.of(J, R, T, O, A);
        add(expected, calls, "Restores.ofCase", itAndAuditor, () -> restores.ofCase(-1));
        add(expected, calls, "Restores.link", Set.of(T), () -> restores.link(-1,
                org.sigti.procedure.backup.S04030202.REQUEST, "no", "nadie"));
        add(expected, calls, "Restores.linkOutside", Set.of(T), () -> restores.linkOutside(-1,
                org.sigti.procedure.backup.S04030202.REQUEST, new org.sigti.backup.OutsideCopy("nas", "copia",
                        java.time.LocalDate.EPOCH), "nadie"));
        add(expected, calls, "BackupCalendar.runs", itAndAuditor, () -> backupCalendar.runs(java.time.Instant.now(),
                java.time.Instant.now().plusSeconds(3600)));
        // the change history (issue 14): IT staff who change systems and the Auditor read it; the Jefe and the
        // Responsables record go-lives, and the Técnico where the manual has them put the change into production
        // (DPG/ESIN-PRO-5's c7; no such case: refused by the service); only a Responsable waives the copy
        add(expected, calls, "ChangeHistory.count", Set.of(J, R, T, A), () -> changeHistory.count(null, null,
                java.time.ZoneOffset.UTC));
        add(expected, calls, "SystemChanges.goLive", Set.of(J, R, T), () -> systemChanges.goLive(
                new org.sigti.changes.GoLive(-1, "NADA", "x", "v1", "x", null)));
        add(expected, calls, "SystemChanges.waive", Set.of(R), () -> systemChanges.waive(-1, "NADA", "x"));
        add(expected, calls, "SemesterPlans.compliance", Set.of(J, R, A), () -> plans.compliance(0));
        add(expected, calls, "SemesterPlans.generateCurrent", Set.of(J), () -> plans.generateCurrent());
        add(expected, calls, "Platforms.count", itAndAuditor, () -> platforms.count(true));
        add(expected, calls, "Platforms.privileges", itAndAuditor, () -> platforms.privileges("NADA"));
        add(expected, calls, "Platforms.create", Set.of(J, R), () -> platforms.create(
                new org.sigti.accounts.PlatformDraft(" ", null, null, null)));
        add(expected, calls, "Platforms.setActive", Set.of(J, R), () -> {
            platforms.setActive("NADA", -1, false);
            return null;
        });
        add(expected, calls, "Platforms.addPrivilege", Set.of(J, R), () -> {
            platforms.addPrivilege("NADA", new org.sigti.accounts.PrivilegeDraft(" ", null, false));
            return null;
        });

        Map<String, AsRole> callers = new LinkedHashMap<>();
        callers.put(J, asJefe);
        callers.put(R, asResponsable);
        callers.put(T, asTecnico);
        callers.put(O, asOperador);
        callers.put(S, asSolicitante);
        callers.put(A, asAuditor);
        List<String> wrong = new ArrayList<>();
        for (var call : calls.entrySet()) {
            for (var caller : callers.entrySet()) {
                boolean allowed = letThrough(caller.getValue(), call.getValue());
                if (allowed != expected.get(call.getKey()).contains(caller.getKey())) {
                    wrong.add(call.getKey() + " as " + caller.getKey() + ": " + (allowed ? "let through" : "refused"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void add(Map<String, Set<String>> expected, Map<String, Callable<?>> calls, String name,
            Set<String> roles, Callable<?> call) {
        expected.put(name, roles);
        calls.put(name, call);
    }

    private static boolean letThrough(AsRole caller, Callable<?> call) {
        try {
            caller.call(call);
            return true;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return false;
                }
            }
            return true;
        }
    }
}
