package org.sigti.it.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.AsJefeMindef;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.quality.QaCalendar;
import org.sigti.quality.QaDefect;
import org.sigti.quality.QaFields;
import org.sigti.quality.QaRows.DefectDraft;
import org.sigti.quality.QaRows.DefectRow;
import org.sigti.quality.QaRows.Sheet;
import org.sigti.quality.QaRows.TestCaseDraft;
import org.sigti.quality.QaRows.TestCaseRow;
import org.sigti.quality.QaTestCase;
import org.sigti.quality.QaTestRun;
import org.sigti.quality.QaWindow;
import org.sigti.quality.QualityAssurance;
import org.sigti.quality.QualityRegister;
import org.sigti.security.AccessDeniedException;
import org.sigti.sla.NationalHolidayYears;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;

/**
 * Quality assurance of MINDEF's software lifecycle (issue 15, item 3), in the server: the QA calendar gives the test
 * window of 3, 6 and 10 interfaces on each institution's business calendar (Peru's San Pedro y San Pablo stops
 * MINDEF's window, not AGETIC's), and the plan records the due date on the case; the QA analyst's matrix and defect
 * report are saved and read back by the rest of the OGTIE and the Auditor, who may not edit them (denials recorded),
 * nor may a requester read them; the way "no defects" of step 22 / 14 is refused while a defect is open or fixed and
 * not verified; the Informe de defectos prints its defects.
 */
@ExtendWith(ArquillianExtension.class)
class QualityAssuranceIT {

    private static final String MINDEF = "MINDEF";
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    /** A Monday; Tuesday 29 June 2027 is San Pedro y San Pablo in Peru, a working day in Bolivia. */
    private static final Instant MONDAY = LocalDateTime.of(2027, 6, 28, 10, 0).atZone(LIMA).toInstant();

    /** The QA analyst of the cases here: the MINDEF probe person (the run-as principal of AsJefeMindef). */
    private static final Actor ANALYST = new Actor(AsJefeMindef.USERNAME, "Jefe de prueba MINDEF", null,
            List.of("Jefe"), "OGTIE", MINDEF);

    @Inject
    CaseEngine engine;

    @Inject
    QaCalendar calendar;

    @EJB
    QualityAssurance qa;

    @EJB
    QualityRegister register;

    @EJB
    NationalHolidayYears holidayYears;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;
    @EJB(lookup = AsRole.JEFE_MINDEF)
    AsRole asAnalyst;
    @EJB(lookup = AsRole.TECNICO)
    AsRole asTecnico;
    @EJB(lookup = AsRole.AUDITOR)
    AsRole asAuditor;
    @EJB(lookup = AsRole.SOLICITANTE)
    AsRole asSolicitante;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "quality-probe.war")
                .addClasses(QualityAssuranceIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml"));
    }

    @BeforeEach
    void holidays() throws Exception {
        sql = new Sql(db);
        // the years are filled a second after start-up; filling again adds nothing
        asJefe.call(() -> holidayYears.fillMissing());
    }

    @Test
    void the_test_window_of_3_6_and_10_interfaces_counts_the_institutions_business_days() throws Exception {
        assertEquals(1, sql.number("select count(*) from holiday where institution_code = ? and holiday_date = ?",
                MINDEF, LocalDate.of(2027, 6, 29)), "San Pedro y San Pablo is a MINDEF holiday");

        // 3 interfaces, 3 days: Monday 28, (Tuesday 29 holiday), Wednesday 30, Thursday 1 July
        QaWindow three = calendar.window(MINDEF, 3, MONDAY);
        assertEquals(List.of(3, LocalDate.of(2027, 6, 28), LocalDate.of(2027, 7, 1)),
                List.of(three.days(), three.start(), three.due()));
        // in Bolivia the 29th is worked: AGETIC's window of the same moment ends a day earlier
        assertEquals(LocalDate.of(2027, 6, 30), calendar.window("AGETIC", 3, MONDAY).due());

        // 6 interfaces, 4 days: … Friday 2 July
        QaWindow six = calendar.window(MINDEF, 6, MONDAY);
        assertEquals(List.of(4, LocalDate.of(2027, 7, 2)), List.of(six.days(), six.due()));

        // 10 interfaces: 8 days unless the analyst chooses 9 or 10 (28, 30, 1, 2, 5, 6, 7, 8 … 9, 12)
        QaWindow ten = calendar.window(MINDEF, 10, MONDAY);
        assertEquals(List.of(8, LocalDate.of(2027, 7, 8)), List.of(ten.days(), ten.due()));
        assertEquals(LocalDate.of(2027, 7, 12), calendar.window(MINDEF, 10, 10, MONDAY).due());
        assertEquals(LocalDate.of(2027, 7, 8), ten.dueAt().atZone(LIMA).toLocalDate(),
                "the window ends at the close of its due date");
    }

    @Test
    void the_plan_records_the_due_date_on_the_case() throws Exception {
        long caseId = openCase("QA: plan de pruebas");
        Transition plan = move(caseId, "19", Map.of(QaFields.INTERFACES.name(), "6"));

        QaWindow window = asAnalyst.call(() -> {
            qa.open(move(caseId, "18", Map.of()));
            return qa.plan(plan, QaFields.INTERFACES, QaFields.DAYS);
        });

        assertEquals(4, window.days());
        assertEquals(window.due().toString(), sql.text("select value_text from case_field where case_id = ?"
                + " and name = ?", caseId, QaFields.CASE_DUE));
        assertEquals(window.start().toString(), sql.text("select value_text from case_field where case_id = ?"
                + " and name = ?", caseId, QaFields.CASE_START));
        assertEquals(AsJefeMindef.USERNAME + ",6,4," + window.due() + ",1", sql.rows("select analyst,"
                + " interfaces_count, window_days, due_on, test_cycle from qa_record where case_id = ?", caseId)
                .replace(";", ""));

        // a number of interfaces that is no number, or days chosen for 6 interfaces: the field's problem, nothing kept
        WorkflowException bad = assertThrows(WorkflowException.class, () -> asAnalyst.call(() -> qa.plan(
                move(caseId, "19", Map.of(QaFields.INTERFACES.name(), "seis")), QaFields.INTERFACES, QaFields.DAYS)));
        assertEquals(Map.of(QaFields.INTERFACES.name(), "quality.interfaces.invalid"), bad.fieldProblems());
        WorkflowException days = assertThrows(WorkflowException.class, () -> asAnalyst.call(() -> qa.plan(
                move(caseId, "19", Map.of(QaFields.INTERFACES.name(), "6", QaFields.DAYS.name(), "10")),
                QaFields.INTERFACES, QaFields.DAYS)));
        assertEquals(Map.of(QaFields.DAYS.name(), "quality.days.invalid"), days.fieldProblems());
        assertEquals("6,4", sql.rows("select interfaces_count, window_days from qa_record where case_id = ?",
                caseId).replace(";", ""));
    }

    @Test
    void the_matrix_and_defects_are_kept_and_no_defects_is_refused_until_every_defect_is_verified()
            throws Exception {
        // given a case in QA, its analyst the MINDEF probe person
        long caseId = openCase("QA: matriz y defectos");
        asAnalyst.call(() -> {
            qa.open(move(caseId, "18", Map.of()), "11", "12");
            return qa.plan(move(caseId, "19", Map.of()), 3, null);
        });

        // when the analyst designs two test cases, runs the first (it fails) and reports its defect
        long login = asAnalyst.call(() -> register.addTestCase(caseId, new TestCaseDraft("HU-01 Iniciar sesión",
                "El usuario inicia sesión con su cuenta institucional.", "Usuario activo en el directorio.",
                "1. Abrir el sistema\n2. Escribir usuario y clave\n3. Ingresar", "Se muestra la bandeja del usuario.",
                QaTestCase.Priority.HIGH)));
        asAnalyst.call(() -> register.addTestCase(caseId, new TestCaseDraft("HU-02 Registrar expediente",
                "Registro de un expediente nuevo.", null, "1. Nuevo\n2. Guardar", "El expediente queda numerado.",
                QaTestCase.Priority.MEDIUM)));
        asAnalyst.call(() -> {
            register.recordResult(caseId, login, "Error 500 al ingresar.", QaTestRun.Verdict.FAIL);
            return null;
        });
        long defect = asAnalyst.call(() -> register.reportDefect(caseId, new DefectDraft(login,
                QaDefect.Severity.HIGH, "Falla el ingreso.",
                "Ingresar con el usuario de prueba de la DGA.")));

        // then another Técnico of the OGTIE reads it all back, and may not edit
        Sheet sheet = asTecnico.callIn(MINDEF, () -> register.sheet(caseId));
        assertEquals(List.of(2L, 1L, 1L, 1, false), List.of(sheet.testCases(), sheet.defects(),
                sheet.pendingDefects(), sheet.cycle(), sheet.mayEdit()));
        List<TestCaseRow> rows = asTecnico.callIn(MINDEF, () -> register.testCases(caseId, null, 0, 20));
        assertEquals(List.of("CP-01", "CP-02"), rows.stream().map(TestCaseRow::code).toList());
        assertEquals(List.of("HU-01 Iniciar sesión", "Usuario activo en el directorio.", "Error 500 al ingresar.",
                "FAIL"), List.of(rows.get(0).functionality(), rows.get(0).preconditions(), rows.get(0).obtained(),
                rows.get(0).verdict().name()));
        List<DefectRow> defects = asAuditor.callIn(MINDEF, () -> register.defects(caseId, 0, 20));
        assertEquals(List.of("DEF-01", "CP-01", "HIGH", "OPEN", AsJefeMindef.USERNAME), List.of(defects.get(0).code(),
                defects.get(0).testCase(), defects.get(0).severity().name(), defects.get(0).status().name(),
                defects.get(0).reportedBy()));
        assertTrue(asAnalyst.call(() -> register.sheet(caseId)).mayEdit());

        long deniedBefore = denials(caseId);
        assertThrows(AccessDeniedException.class, () -> asTecnico.callIn(MINDEF, () -> register.addTestCase(caseId,
                new TestCaseDraft("HU-03", "x", null, "x", "x", QaTestCase.Priority.LOW))));
        assertThrows(AccessDeniedException.class, () -> asAuditor.callIn(MINDEF, () -> {
            register.changeDefect(caseId, defect, QaDefect.Status.VERIFIED);
            return null;
        }));
        assertEquals(deniedBefore + 2, denials(caseId), "each denial is recorded");
        // a requester is refused by role (the 403 of the screens)
        Throwable refused = assertThrows(Exception.class, () -> asSolicitante.callIn(MINDEF,
                () -> register.sheet(caseId)));
        boolean byRole = false;
        for (Throwable t = refused; t != null && !byRole; t = t.getCause()) {
            byRole = t instanceof EJBAccessException;
        }
        assertTrue(byRole, () -> "not an EJBAccessException: " + refused);
        // bad input: the field's problem, nothing added
        WorkflowException blank = assertThrows(WorkflowException.class, () -> asAnalyst.call(() ->
                register.addTestCase(caseId, new TestCaseDraft(" ", "d", null, "s", "e", null))));
        assertEquals(Map.of("functionality", "quality.input.required", "priority", "quality.input.required"),
                blank.fieldProblems());
        assertEquals(2, sql.number("select count(*) from qa_test_case t join qa_record r on r.id = t.record_id"
                + " where r.case_id = ?", caseId));

        // the way "no defects" is refused while the defect is open, with its message
        Transition noDefects = move(caseId, "22", Map.of());
        WorkflowException open = assertThrows(WorkflowException.class, () -> asAnalyst.call(() -> {
            qa.requireNoPendingDefects(noDefects);
            return null;
        }));
        assertEquals("quality.defects.pending", open.messageKey());
        assertEquals(List.of("1"), open.arguments());

        // "defects found" sends it back to the programmer: the next execution is cycle 2
        asAnalyst.call(() -> {
            qa.defectsFound(move(caseId, "22", Map.of()));
            return null;
        });
        assertEquals(2, sql.number("select test_cycle from qa_record where case_id = ?", caseId));
        // the fix comes back: fixed is not yet verified
        asAnalyst.call(() -> {
            register.changeDefect(caseId, defect, QaDefect.Status.FIXED);
            return null;
        });
        assertThrows(WorkflowException.class, () -> asAnalyst.call(() -> {
            qa.requireNoPendingDefects(noDefects);
            return null;
        }));
        // "defects found" needs an open defect
        assertEquals("quality.defects.none", assertThrows(WorkflowException.class, () -> asAnalyst.call(() -> {
            qa.defectsFound(noDefects);
            return null;
        })).messageKey());
        // cycle 2 passes and the defect is verified: "no defects" goes on
        asAnalyst.call(() -> {
            register.recordResult(caseId, login, "Se muestra la bandeja.", QaTestRun.Verdict.PASS);
            register.changeDefect(caseId, defect, QaDefect.Status.VERIFIED);
            qa.requireNoPendingDefects(noDefects);
            return null;
        });
        assertEquals(0L, asAnalyst.call(() -> qa.pendingDefects(caseId)));
        assertEquals("FAIL;PASS;", sql.rows("select verdict from qa_test_run where test_case_id = ?"
                + " order by test_cycle", login));

        // the Informe de defectos prints its defect, by cycle, with the case; the matrix its cycles
        String report = text(asAuditor.callIn(MINDEF, () -> register.defectReportPdf(caseId)));
        String number = sql.text("select number from work_case where id = ?", caseId);
        for (String expected : List.of("INFORME DE DEFECTOS", "Formato N° 12", "Caso " + number, "CICLO DE PRUEBAS 1", "DEF-01",
                "CP-01", "Alta", "Falla el ingreso.", "Verificado",
                AsJefeMindef.USERNAME)) {
            assertTrue(report.contains(expected), () -> expected + " missing in:\n" + report);
        }
        String matrix = text(asTecnico.callIn(MINDEF, () -> register.matrixPdf(caseId)));
        for (String expected : List.of("MATRIZ DE DISEÑO DE CASOS DE PRUEBA", "Formato N° 11", "HU-02",
                "CICLO DE PRUEBAS 1", "CICLO DE PRUEBAS 2", "Fallido", "Aprobado")) {
            assertTrue(matrix.contains(expected), () -> expected + " missing in:\n" + matrix);
        }
        // and the analyst attaches it to the case
        String name = asAnalyst.call(() -> register.attach(caseId, true));
        assertEquals(1, sql.number("select count(*) from case_attachment where case_id = ? and file_name = ?",
                caseId, name));
        assertFalse(asTecnico.callIn(MINDEF, () -> register.find(caseId)).isEmpty());
    }

    private long denials(long caseId) throws Exception {
        return sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED' and object_type = ?"
                + " and object_id = ?", "QaRecord", String.valueOf(caseId));
    }

    /** A MINDEF case to carry the QA (the QA ticket's parent is declared elsewhere; any open MINDEF case will do). */
    private long openCase(String title) throws Exception {
        return inTransaction(() -> engine.startBySystem("S04.03.01.05", title + " " + System.nanoTime(),
                "Caso de prueba del control de calidad.", null, null, Map.of()).getId());
    }

    private Transition move(long caseId, String step, Map<String, String> fields) throws Exception {
        String number = sql.text("select number from work_case where id = ?", caseId);
        return new Transition(caseId, number, "S04.02.00.01", step, "continuar", null, fields, ANALYST);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The work in a transaction of its own, rolled back if it fails. */
    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        boolean done = false;
        try {
            T result = work.call();
            done = true;
            return result;
        } finally {
            if (done) {
                tx.commit();
            } else {
                tx.rollback();
            }
        }
    }
}
