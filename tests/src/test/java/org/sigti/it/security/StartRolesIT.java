package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.catalog.CatalogItem;
import org.sigti.workflow.catalog.CatalogQueries;

/**
 * Who may file a procedure is declared with it and enforced by the kernel (issue 13, deliverables 2 and 5):
 * SEPREM-DI-001.1 (altas y bajas) "se realiza exclusivamente a requerimiento de la Dirección de Recursos Humanos o
 * Autoridades". A Solicitante of SEPREM is refused, with a security event, and the rule the catalog and "Nueva
 * solicitud" use does not offer it to them; SEPREM's Human Resources files it. The cese of S04.03.01.02 is MINDEF's
 * HR's. A procedure open to every employee stays open to both.
 */
@ExtendWith(ArquillianExtension.class)
class StartRolesIT {

    private static final String ALTAS_BAJAS = "SEPREM-DI-001.1";
    private static final String CESE = "S04.03.01.02";
    /** Open to any employee: the account request of S04.03.01.01. */
    private static final String ACCOUNT_REQUEST = "S04.03.01.01";
    /** Opened by SIGTI's semester calendar only: S04.03.01.02's reconciliation (steps 11-17) and access review. */
    private static final String RECONCILIATION = "S04.03.01.02.C";
    private static final String ACCESS_REVIEW = "S04.03.01.02.R";

    static final Actor SOLICITANTE_SEPREM = new Actor("solicitante.seprem", "Raúl Gutiérrez León",
            "solicitante.seprem@sigti.example", List.of("Solicitante"), "DAF", "SEPREM");
    static final Actor RRHH_SEPREM = new Actor("rrhh.seprem", "Mirna Ajú Xicará", "rrhh.seprem@sigti.example",
            List.of("RRHH"), "RRHH", "SEPREM");
    static final Actor SOLICITANTE_MINDEF = new Actor("solicitante.mindef", "Norma Benítez Arce",
            "solicitante.mindef@sigti.example", List.of("Solicitante"), "DGA", "MINDEF");
    static final Actor RRHH_MINDEF = new Actor("rrhh.mindef", "Walter Huamán Quispe", "rrhh.mindef@sigti.example",
            List.of("RRHH"), "DIPEC", "MINDEF");

    @Inject
    CaseEngine engine;

    @EJB(lookup = AsRole.RRHH)
    AsRole asRrhh;

    @Inject
    Procedures procedures;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;
    String title;

    @Deployment
    static EnterpriseArchive sigti() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "start-roles-probe.war")
                .addClasses(StartRolesIT.class, Sigti.class, Sql.class));
    }

    @BeforeEach
    void setUp() {
        sql = new Sql(db);
        title = "Alta de personal nuevo " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    @Test
    void a_solicitante_may_not_file_altas_y_bajas_and_the_refusal_is_a_security_event() throws Exception {
        // given
        long events = deniedStarts();
        long cases = cases();
        // when
        tx.begin();
        try {
            assertThrows(CaseEngine.Denied.class, () -> engine.start(ALTAS_BAJAS, SOLICITANTE_SEPREM, draft(),
                    procedures.flow(ALTAS_BAJAS).orElseThrow()));
        } finally {
            tx.rollback();
        }
        // then
        assertEquals(events + 1, deniedStarts(), "the refused start is recorded");
        assertEquals("ACCESS_DENIED solicitante.seprem Solicitante procedure", sql.text("select kind || ' ' ||"
                + " username || ' ' || roles || ' ' || object_type from security_event where action = ?"
                + " order by id desc limit 1", "Workflow.start " + ALTAS_BAJAS));
        assertEquals(cases, cases(), "no case was filed");
    }

    @Test
    void human_resources_files_altas_y_bajas() throws Exception {
        // in the name of HR, whose role the procedure's own service (its start step's hook) asks for
        WorkCase filed = asRrhh.callIn("SEPREM", () -> engine.start(ALTAS_BAJAS, RRHH_SEPREM, draft(),
                procedures.flow(ALTAS_BAJAS).orElseThrow()));
        assertEquals(ALTAS_BAJAS + " SEPREM 1 Operador", sql.text("select c.procedure_code || ' ' || c.institution_code"
                + " || ' ' || w.step_code || ' ' || w.role_name from work_case c join work_item w on w.case_id = c.id"
                + " where c.id = ? and w.status = 'OPEN'", filed.getId()), "the case waits for the Asistente de Dirección");
    }

    @Test
    void only_human_resources_and_the_authorities_may_start_the_hr_procedures() {
        assertAll(
                () -> assertFalse(mayStart(SOLICITANTE_SEPREM, ALTAS_BAJAS)),
                () -> assertTrue(mayStart(RRHH_SEPREM, ALTAS_BAJAS)),
                () -> assertFalse(mayStart(SOLICITANTE_MINDEF, CESE)),
                () -> assertTrue(mayStart(RRHH_MINDEF, CESE)),
                // never another institution's, whatever the role
                () -> assertFalse(mayStart(RRHH_MINDEF, ALTAS_BAJAS)),
                () -> assertFalse(mayStart(RRHH_SEPREM, CESE)),
                // any employee asks for an account
                () -> assertTrue(mayStart(SOLICITANTE_MINDEF, ACCOUNT_REQUEST)),
                () -> assertTrue(mayStart(RRHH_MINDEF, ACCOUNT_REQUEST)));
    }

    @Test
    void nobody_files_what_only_sigtis_calendar_opens_and_the_attempt_is_audited() throws Exception {
        // given: the Jefe of MINDEF, even one placed in the unit of the reconciliation's start step
        Actor jefe = new Actor("jefe.calendario", "Jefe del Calendario", null, List.of("Jefe", "Solicitante"), "SIGTI",
                "MINDEF");
        long events = sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED' and action = ?",
                "Workflow.start " + RECONCILIATION);
        // when
        boolean offered = mayStart(jefe, RECONCILIATION) || mayStart(jefe, ACCESS_REVIEW);
        tx.begin();
        try {
            assertThrows(CaseEngine.Denied.class, () -> engine.start(RECONCILIATION, jefe, draft(),
                    procedures.flow(RECONCILIATION).orElseThrow()));
        } finally {
            tx.rollback();
        }
        // then
        assertFalse(offered, "the catalog offers the semiannual reconciliation and review to nobody");
        assertEquals(events + 1, sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED'"
                + " and action = ?", "Workflow.start " + RECONCILIATION));
        assertEquals(0, cases(), "no case was filed");
    }

    /** The kernel reads the catalog in a transaction (as the screens' services call it). */
    private boolean mayStart(Actor actor, String code) throws Exception {
        tx.begin();
        try {
            return engine.mayStart(actor, procedures.definition(code));
        } finally {
            tx.rollback();
        }
    }

    private NewCase draft() {
        return new NewCase(title, "Ingresa a la Dirección de Recursos Humanos el lunes.", null, null, null, null, null);
    }

    private long deniedStarts() throws Exception {
        return sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED' and action = ?",
                "Workflow.start " + ALTAS_BAJAS);
    }

    private long cases() throws Exception {
        return sql.number("select count(*) from work_case where title = ?", title);
    }
}
