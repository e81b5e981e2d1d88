package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.changes.ChangeFixture;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.02.00.03, Bajas de sistemas de información desarrollados en el MINDEF (procedures.md E6), walked in real browsers
 * by MINDEF's own demo users, each from their own inbox: the innovation coordinator (responsable.innov) files the need
 * and drafts the oficio to the DGA (1), refused first for a unit that is not one; the Jefe(a) de la OGTIE (jefe.ogtie)
 * returns it once (2 ↺ 1) and then signs and sends it; the DGA's Director (director.mindef) answers with the system, the
 * reason and the version, signing the DGA's oficio de baja (3); the Jefe routes it to both coordinators (4); the two
 * branches run in parallel: the infrastructure coordinator (responsable.infra) assigns the Responsable de
 * infraestructura tecnológica (tecnico.infra), refused until a copy of the system's database exists, and the innovation
 * coordinator assigns the Analista programador (tecnico.innov), who needs the source-code copy (5–7); each coordinator
 * mails the Jefe (8); the Jefe signs the oficio de respuesta (9), and the system leaves the active catalog.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecommissionWalkIT extends Walk {

    private static final String E6 = "S04.02.00.03";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_system_is_decommissioned_through_both_parallel_branches_and_its_owner_is_told_by_oficio() {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "SISLOG" + k;
        String systemId = fixture("/change-system", "of", "MINDEF", "code", system);
        // everyone at their desk first: the Jefe signs the first oficio, and each coordinator assigns a person SIGTI
        // must already know in that role and team
        Desk innovation = desk("responsable.innov");
        Desk jefe = desk("jefe.ogtie");
        Desk infraCoordinator = desk("responsable.infra");
        Desk infrastructure = desk("tecnico.infra");
        Desk analyst = desk("tecnico.innov");

        // 0, 1: the coordinator files the need and drafts the oficio; a unit of the OGTIE is no U.O.
        Filed c = innovation.file(Draft.of(E6, null, "Baja de sistemas inoperativos de la DGA " + k,
                "El sistema " + system + " ya no se usa desde el cambio de plataforma logística."));
        String n = c.number();
        innovation.openFromInbox(n, "1");
        String refused = innovation.tryAct("1", "continuar", "unidad_organica", "INFRA");
        assertTrue(refused.contains("no es una unidad de organización del MINDEF"), refused);
        innovation.act("1", "continuar", "unidad_organica", "DGA");

        // 2: the Jefe returns it once, then signs and sends the oficio múltiple
        jefe.openFromInbox(n, "2").act("2", "observar", "comment", "Indique también el plazo de respuesta.");
        innovation.openFromInbox(n, "1").act("1", "continuar", "unidad_organica", "DGA");
        jefe.openFromInbox(n, "2").act("2", "remitir");

        // 3: the DGA's Director answers, only with a system of the catalog, and signs the oficio de baja
        Desk director = desk("director.mindef").openFromInbox(n, "3");
        String unknown = director.tryAct("3", "continuar", "sistema_baja", "NOEXISTE" + k, "motivo_baja",
                "OBSOLESCENCIA", "version_baja", "2.1.0");
        assertTrue(unknown.contains("no es un sistema activo del catálogo"), unknown);
        director.act("3", "continuar", "sistema_baja", system, "motivo_baja", "OBSOLESCENCIA", "version_baja",
                "2.1.0");

        // 4, 5: the Jefe routes it to both coordinators, each assigns their person
        jefe.openFromInbox(n, "4").act("4", "derivar");
        infraCoordinator.openFromInbox(n, "5.INFRA").act("5.INFRA", "continuar", "nextAssignee",
                "tecnico.infra");
        innovation.openFromInbox(n, "5.INNOV").act("5.INNOV", "continuar", "nextAssignee", "tecnico.innov");

        // 6: no resources are released before the database copy; then they are
        infrastructure.openFromInbox(n, "6");
        String noCopy = infrastructure.tryAct("6", "continuar", "recursos_produccion", "VM srv-log-02 liberada.");
        assertTrue(noCopy.contains("no hay una copia de la base de datos del sistema " + system), noCopy);
        String sourceCopy = fixture("/change-copy", "system", systemId, "case", String.valueOf(c.id()));
        String stillNone = infrastructure.tryAct("6", "continuar", "recursos_produccion", "VM srv-log-02 liberada.");
        assertTrue(stillNone.contains("no hay una copia de la base de datos"), "a source copy is no database copy");
        String databaseCopy = fixture("/copy-kind", "copy", fixture("/change-copy", "system", systemId, "case",
                String.valueOf(c.id())), "kind", "DATABASE");
        infrastructure.act("6", "continuar", "recursos_produccion", "Software retirado; VM srv-log-02 liberada.");

        // 7: the analista, with the source copy, releases development and updates the matrix
        analyst.openFromInbox(n, "7").act("7", "continuar", "copia_codigo_fuente", sourceCopy,
                "recursos_desarrollo", "Repositorio archivado; esquema de desarrollo eliminado.", "matriz_cambios",
                "Fila " + system + ": baja por obsolescencia, versión 2.1.0.");

        // 8: each coordinator reports to the Jefe by institutional e-mail
        infraCoordinator.openFromInbox(n, "8.INFRA").act("8.INFRA", "continuar", "informe_baja",
                "Backup de base de datos N.º " + databaseCopy + "; producción liberada.");
        innovation.openFromInbox(n, "8.INNOV").act("8.INNOV", "continuar", "informe_baja",
                "Backup de código N.º " + sourceCopy + "; desarrollo liberado.");
        mailbox.await(n, "jefe.ogtie@sigti.example", "Acciones de baja realizadas", "producción liberada");
        mailbox.await(n, "jefe.ogtie@sigti.example", "Acciones de baja realizadas", "desarrollo liberado");

        // 9: the Jefe signs the reply; the case closes and the system leaves the active catalog
        jefe.openFromInbox(n, "9").act("9", "notificar");
        jefe.assertClosed("");
        assertEquals("false", fixture("/system-active", "system", systemId));
        List<String> moves = jefe.completions();
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 1", "1 → 2", "2 → 3", "3 → 4"), moves.subList(0, 6));
        assertTrue(moves.containsAll(List.of("4 → 5.INNOV,5.INFRA", "5.INFRA → 6", "5.INNOV → 7", "6 → 8.INFRA",
                "7 → 8.INNOV", "9 → END")), moves::toString);
        assertEquals("9 → END", moves.get(moves.size() - 1));

        // the three oficios, numbered and signed: the OGTIE's consultation, the DGA's oficio de baja, the reply
        int year = LocalDate.now(ZoneId.of("America/Lima")).getYear();
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id());
        assertEquals(3, documents.size(), documents::toString);
        String consultation = number(documents, "OFICIO MÚLTIPLE");
        String baja = documents.keySet().stream().filter(d -> d.contains("OFICIO") && !d.contains("MÚLTIPLE")
                && d.contains("DGA")).findFirst().orElseThrow(() -> new AssertionError(documents.toString()));
        String reply = documents.keySet().stream().filter(d -> d.contains("OFICIO") && !d.contains("MÚLTIPLE")
                && !d.contains("DGA")).findFirst().orElseThrow(() -> new AssertionError(documents.toString()));
        assertTrue(consultation.contains(String.valueOf(year)), consultation);
        String asked = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(consultation));
        assertTrue(asked.contains("designar a los responsables de los sistemas que se encuentran en uso")
                && asked.contains("Fernando Castro Ruiz"), asked);
        String answered = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(baja));
        for (String piece : List.of(baja, system, "versión 2.1.0", "Obsolescencia tecnológica", "César Olivares Paz")) {
            assertTrue(answered.contains(piece), () -> piece + " missing from the oficio de baja: " + answered);
        }
        String told = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(reply));
        for (String piece : List.of(reply, baja, "baja técnica del sistema", system, "Fernando Castro Ruiz")) {
            assertTrue(told.contains(piece), () -> piece + " missing from the reply: " + told);
        }
    }

    private static String number(Map<String, Long> documents, String kind) {
        return documents.keySet().stream().filter(d -> d.contains(kind)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " not among " + documents));
    }
}
