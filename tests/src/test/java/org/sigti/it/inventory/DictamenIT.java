package org.sigti.it.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.procedure.inventory.SepremDi0041;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * SEPREM-DI-004.1 (procedures.md C5) inside the deployed EAR, acted by SEPREM's demo people: the Jefe de
 * Infraestructura's approval of a dictamen recommending the baja signs and numbers it and leaves the equipment
 * FOR_DISPOSAL in one transaction, so an approval refused after the equipment was marked leaves the equipment, its
 * custody history and the dictamen as they were; the inspection takes the equipment from SEPREM's inventory only
 * (another institution's code is unknown, and recorded as a security event); step 3 wants a photo.
 */
@ExtendWith(ArquillianExtension.class)
class DictamenIT {

    static final Actor REQUESTER = new Actor("solicitante.seprem", "Raúl Gutiérrez León", null,
            List.of("Solicitante"), "DAF", "SEPREM");
    static final Actor ASSISTANT = new Actor("operador.di-asist", "José Ramos Cruz", null, List.of("Operador",
            "Solicitante"), "DI-ASIST", "SEPREM");
    static final Actor ANALYST = new Actor("tecnico.di-infra", "Analista Infra", null, List.of("Tecnico",
            "Solicitante"), "DI-INFRA", "SEPREM");
    static final Actor JEFE_INFRA = new Actor("responsable.di-infra", "Miguel Rivera Soto", null,
            List.of("Responsable", "Solicitante"), "DI-INFRA", "SEPREM");
    /** Another Responsable of the unit, whom the dictamen does not name. */
    static final Actor OTHER_INFRA = new Actor("dic.otro-infra", "Otto Infra", null, List.of("Responsable",
            "Solicitante"), "DI-INFRA", "SEPREM");
    static final Actor DIRECTOR = new Actor("jefe.di", "Directora Informática", null, List.of("Jefe",
            "Solicitante"), "DI", "SEPREM");

    @Inject
    CaseEngine engine;

    @Inject
    org.sigti.workflow.Procedures procedures;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;
    ProcedureFlow flow;
    int n;
    long base;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "dictamen-probe.war")
                .addClasses(DictamenIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        return Sigti.earWithProbe(probe);
    }

    @BeforeEach
    void people() throws SQLException {
        sql = new Sql(db);
        flow = procedures.flow(SepremDi0041.CODE).orElseThrow();
        n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        base = 4_000_000_000L + n * 10L;
        // who signs is who SIGTI knows in the role (their first login made their profile)
        sql.knownPerson(base + 7, JEFE_INFRA.username(), JEFE_INFRA.fullName(), null, "Responsable,Solicitante",
                "SEPREM", "DI-INFRA");
        sql.knownPerson(base + 8, DIRECTOR.username(), DIRECTOR.fullName(), null, "Jefe,Solicitante", "SEPREM", "DI");
    }

    @Test
    void approving_a_baja_signs_the_dictamen_and_leaves_the_equipment_for_disposal_in_one_transaction()
            throws Exception {
        // given: an assigned computer inspected, documented with a photo, and a dictamen recommending its baja
        long equipment = equipment("SEPREM", base + 1, "DIC-" + n, "custodio." + n);
        long c = toApproval(equipment, "DIC-" + n);
        assertEquals("IN_REVIEW", sql.text("select state from official_document where case_id = ? and kind ="
                + " 'DICTAMEN_TECNICO'", c));

        // when: the Jefe de Infraestructura approves
        act(JEFE_INFRA, c, "aprobar", Map.of());

        // then: signed, numbered in SEPREM's format and sent to the Asistencia; the equipment is para baja
        int year = LocalDate.now(ZoneId.of("America/Guatemala")).getYear();
        String number = sql.text("select doc_number from official_document where case_id = ? and kind ="
                + " 'DICTAMEN_TECNICO'", c);
        assertTrue(number.matches("DICTAMEN TÉCNICO No\\. DI-INFRA-\\d{3}-" + year), number);
        assertEquals("SENT", sql.text("select state from official_document where case_id = ? and kind ="
                + " 'DICTAMEN_TECNICO'", c));
        assertEquals("FOR_DISPOSAL custodio." + n + " " + c, sql.text("select state || ' ' || custodian_username"
                + " || ' ' || last_case_id from equipment where id = ?", equipment));
        assertEquals(1, sql.number("select count(*) from equipment_custody where equipment_id = ? and case_id = ?"
                + " and state = 'FOR_DISPOSAL' and changed_by = ?", equipment, c, JEFE_INFRA.username()));
        assertEquals("6", openStep(c));
    }

    @Test
    void an_approval_refused_after_the_equipment_was_marked_leaves_equipment_and_dictamen_unchanged()
            throws Exception {
        // given: a dictamen recommending the baja, waiting for the visto bueno of the Jefe de Infraestructura
        long equipment = equipment("SEPREM", base + 2, "DICR-" + n, "custodio." + n);
        long c = toApproval(equipment, "DICR-" + n);
        String before = sql.rows("select state, custodian_username, last_case_id, version from equipment where id"
                + " = ?", equipment) + sql.rows("select state, doc_number from official_document where case_id = ?",
                        c);

        // when: another Responsable of the unit approves: the equipment is marked, then the signature is refused
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> act(OTHER_INFRA, c, "aprobar", Map.of()));

        // then: the whole move rolled back
        assertEquals("procedures.dictamen.otherReviewer", refused.messageKey());
        assertEquals(before, sql.rows("select state, custodian_username, last_case_id, version from equipment where"
                + " id = ?", equipment) + sql.rows("select state, doc_number from official_document where case_id"
                        + " = ?", c));
        assertEquals(0, sql.number("select count(*) from equipment_custody where equipment_id = ?", equipment));
        assertEquals("5", openStep(c));
    }

    @Test
    void the_inspection_takes_only_equipment_of_the_institutions_inventory_and_records_the_attempt()
            throws Exception {
        // given: a MINDEF computer, and a SEPREM case at the inspection
        equipment("MINDEF", base + 3, "DICM-" + n, null);
        long c = file("Dictamen de la computadora DICM-" + n);
        act(ASSISTANT, c, "continuar", Map.of());

        // when: the analyst names the MINDEF code
        WorkflowException refused = assertThrows(WorkflowException.class, () -> act(ANALYST, c, "continuar",
                Map.of("objeto_dictamen", "EQUIPO", "equipo_dictamen", "DICM-" + n)));

        // then: unknown here, nothing recorded on the case, and a security event names the attempt
        assertEquals("procedures.equipment.unknown", refused.messageKey());
        assertEquals("2", openStep(c));
        assertNull(sql.textOrNull("select value_text from case_field where case_id = ? and name = 'equipo_dictamen'", c));
        assertEquals(1, sql.number("select count(*) from security_event where action = 'SepremDi0041.inspect'"
                + " and object_id = ?", "DICM-" + n));
    }

    @Test
    void the_inspection_is_documented_with_at_least_one_photo() throws Exception {
        long equipment = equipment("SEPREM", base + 4, "DICF-" + n, null);
        long c = file("Dictamen de la impresora DICF-" + n);
        act(ASSISTANT, c, "continuar", Map.of());
        act(ANALYST, c, "continuar", Map.of("objeto_dictamen", "EQUIPO", "equipo_dictamen", "dicf-" + n));
        WorkflowException refused = assertThrows(WorkflowException.class, () -> act(ANALYST, c, "continuar",
                Map.of("caracteristicas_observadas", "Impresora láser", "estado_observado", "Rodillo gastado")));
        assertEquals("procedures.dictamen.photos", refused.messageKey());
        assertEquals("3", openStep(c));
        photo(c, equipment);
        act(ANALYST, c, "continuar", Map.of("caracteristicas_observadas", "Impresora láser", "estado_observado",
                "Rodillo gastado"));
        assertEquals("4", openStep(c));
    }

    /** Files, receives, inspects, documents (photo attached) and issues a dictamen recommending the baja. */
    private long toApproval(long equipment, String code) throws Exception {
        long c = file("Dictamen técnico del equipo " + code + " para su baja");
        act(ASSISTANT, c, "continuar", Map.of());
        act(ANALYST, c, "continuar", Map.of("objeto_dictamen", "EQUIPO", "equipo_dictamen", code));
        photo(c, equipment);
        act(ANALYST, c, "continuar", Map.of("caracteristicas_observadas", "Procesador de 2012, 4 GB de RAM",
                "estado_observado", "Placa madre dañada, no enciende"));
        act(ANALYST, c, "continuar", Map.of("evaluacion_tecnica", "La reparación supera el valor del equipo.",
                "recomendacion", "BAJA"));
        assertEquals("5", openStep(c));
        return c;
    }

    private long file(String title) throws Exception {
        try {
            WorkCase c = asJefe.call(() -> engine.start(SepremDi0041.CODE, REQUESTER, new NewCase(title,
                    "Para el proceso administrativo de la DAF.", null, null, null, null, null), flow));
            return c.getId();
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    private void act(Actor actor, long caseId, String outcome, Map<String, String> fields) throws Exception {
        long[] item = sql.numbers("select id, version from work_item where case_id = ? and status = 'OPEN'", caseId);
        try {
            asJefe.call(() -> engine.act(actor, new Move(item[0], item[1], outcome, "Revisado.", fields, null), flow));
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    private void photo(long caseId, long id) throws SQLException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};
        sql.update("insert into case_attachment (id, case_id, file_name, content_type, size_bytes, sha256, content,"
                + " step_code, uploaded_by, uploaded_at) values (?, ?, ?, 'image/png', ?, ?, ?, '3', ?,"
                + " CURRENT_TIMESTAMP)", id, caseId, "foto-" + id + ".png", png.length, "0".repeat(64), png,
                ANALYST.username());
    }

    private long equipment(String institution, long id, String code, String custodian) throws SQLException {
        sql.update("insert into equipment (id, institution_code, kind, serial, patrimonial_code, brand, model, state,"
                + " custodian_username, custodian_name, created_at, updated_at, version) values (?, ?, 'COMPUTER', ?,"
                + " ?, 'Dell', 'Optiplex 7010', ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", id, institution,
                "SN" + code, code, custodian == null ? "IN_STOCK" : "ASSIGNED", custodian,
                custodian == null ? null : "Custodio " + n);
        return id;
    }

    private String openStep(long caseId) throws SQLException {
        return sql.textOrNull("select step_code from work_item where case_id = ? and status = 'OPEN'", caseId);
    }
}
