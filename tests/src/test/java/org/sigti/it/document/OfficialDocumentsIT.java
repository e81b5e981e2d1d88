package org.sigti.it.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.sigti.document.Letterhead;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDocumentPdf;
import org.sigti.document.official.OfficialDocumentQuery;
import org.sigti.document.official.OfficialDraft;
import org.sigti.it.AsJefe;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.security.AccessDeniedException;
import org.sigti.workflow.Actor;
import org.sigti.workflow.WorkflowException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Official documents inside the deployed EAR, acted by named people of MINDEF and AGETIC through the kernel's
 * {@link DocumentDesk}: the number is given at the last signature in MINDEF's format, the next oficio of the unit
 * gets the next number, another unit (and a new year) its own series, signers sign only in their order, and another
 * institution's people get a 403 and a security event. Each call runs in its own transaction as a Jefe
 * ({@link AsJefe}); who acts is the {@link Actor} given.
 */
@ExtendWith(ArquillianExtension.class)
class OfficialDocumentsIT {

    private static final List<String> IT = List.of("Tecnico", "Solicitante");
    static final Actor AUTHOR = new Actor("tecnico.infra", "Tito Infra", null, IT, "INFRA", "MINDEF");
    static final Actor REVIEWER = new Actor("responsable.infra", "Rosa Infra", null, List.of("Responsable"), "INFRA",
            "MINDEF");
    static final Actor CHIEF = new Actor("jefe.ogtie", "Julio Ogtie", null, List.of("Jefe"), "OGTIE", "MINDEF");
    static final Actor OTHER = new Actor("tecnico.ciber", "Ciro Ciber", null, IT, "CIBER", "MINDEF");
    static final Actor AGETIC = new Actor("jefe", "Juana Agetic", null, List.of("Jefe"), "UGAT", "AGETIC");
    static final Actor DIRECTOR = new Actor("director.mindef", "Diego Director", null, List.of("Director"), "DGA",
            "MINDEF");
    static final Actor HR = new Actor("rrhh.mindef", "Rita Personal", null, List.of("RRHH"), "DIPEC", "MINDEF");

    @Inject
    DocumentDesk desk;

    @Inject
    OfficialDocumentPdf pdf;

    @EJB(lookup = AsRole.JEFE)
    AsJefe asJefe;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "official-documents-probe.war")
                .addClasses(OfficialDocumentsIT.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml"));
    }

    @BeforeEach
    void statements() {
        sql = new Sql(db);
    }

    @Test
    void the_last_signature_numbers_the_oficio_in_the_institution_format_and_the_next_one_follows() throws Exception {
        // given
        int year = LocalDate.now(ZoneId.of("America/Lima")).getYear();
        Pattern format = Pattern.compile("OFICIO N° (\\d{6})-" + year + "-MINDEF/OGTIE");

        // when
        long first = draftedAndApproved("OGTIE");
        assertNull(as(() -> desk.sign(REVIEWER, first)), "the first of two signatures gives no number");
        String number = as(() -> desk.sign(CHIEF, first));
        long second = draftedAndApproved("OGTIE");
        as(() -> desk.sign(REVIEWER, second));
        String next = as(() -> desk.sign(CHIEF, second));

        // then
        Matcher m = format.matcher(number);
        Matcher n = format.matcher(next);
        assertTrue(m.matches(), number);
        assertTrue(n.matches(), next);
        assertEquals(Long.parseLong(m.group(1)) + 1, Long.parseLong(n.group(1)), () -> number + " then " + next);
        assertEquals("SIGNED", sql.text("select state from official_document where id = ?", first));
        assertEquals(number, sql.text("select doc_number from official_document where id = ?", first));
        assertEquals("DRAFTED,REVIEW_ASKED,APPROVED,SIGNED,SIGNED,NUMBERED", sql.text("select string_agg(action, ',' order by acted_at, id)"
                + " from official_document_event where document_id = ?", first));
        String text = text(as(() -> pdf.render(desk.view(CHIEF, first), Letterhead.of("Ministerio de Defensa"))));
        assertTrue(text.contains(number) && text.contains("Jefe de la OGTIE") && text.contains("Ministerio de Defensa"),
                text);
    }

    @Test
    void another_unit_has_its_own_series_and_last_year_does_not_continue() throws Exception {
        // given: a unit of MINDEF nobody numbered in this year, whose counter of last year reached 41
        String unit = "DOC" + (System.nanoTime() % 100_000_000L);
        int year = LocalDate.now(ZoneId.of("America/Lima")).getYear();
        sql.update("insert into org_unit (id, institution_code, code, name, kind, version) values (?, 'MINDEF', ?, ?,"
                + " 'IT_TEAM', 0)", 900_000_000L + System.nanoTime() % 1_000_000L, unit, "Unidad " + unit);
        sql.update("insert into official_counter (institution_code, unit_code, kind, doc_year, last_number, version)"
                + " values ('MINDEF', ?, 'OFICIO', ?, 41, 0)", unit, year - 1);

        // when
        long id = draftedAndApproved(unit);
        as(() -> desk.sign(REVIEWER, id));
        String number = as(() -> desk.sign(CHIEF, id));

        // then
        assertEquals("OFICIO N° 000001-" + year + "-MINDEF/" + unit, number);
    }

    @Test
    void the_second_signer_cannot_sign_before_the_first_and_nothing_changes() throws Exception {
        // given
        long id = draftedAndApproved("OGTIE");

        // when
        WorkflowException refused = refused(WorkflowException.class, () -> desk.sign(CHIEF, id));

        // then
        assertEquals("document.official.notYourTurn", refused.messageKey());
        assertEquals(List.of(sql.text("select full_name from official_document_signer where document_id = ? and"
                + " username = 'responsable.infra'", id), "Responsable de INFRA"), refused.arguments(),
                "the next signer, by the name SIGTI knows them by, and the capacity they sign in");
        assertEquals("SIGNING", sql.text("select state from official_document where id = ?", id));
        assertEquals(0, sql.number("select count(*) from official_document_signer where document_id = ?"
                + " and signed_at is not null", id));
        assertEquals(0, sql.number("select count(*) from official_document_event where document_id = ?"
                + " and action = 'SIGNED'", id));
    }

    @Test
    void another_institution_and_people_the_document_does_not_name_are_refused_and_audited() throws Exception {
        // given
        long id = draftedAndApproved("OGTIE");
        long events = sql.number("select count(*) from security_event where object_type = 'official_document'"
                + " and object_id = ?", String.valueOf(id));

        // when
        refused(AccessDeniedException.class, () -> desk.view(AGETIC, id));
        refused(AccessDeniedException.class, () -> desk.sign(AGETIC, id));
        refused(AccessDeniedException.class, () -> desk.sign(OTHER, id));
        long seenByAgetic = as(() -> desk.page(AGETIC, OfficialDocumentQuery.all(), 0, 100).stream()
                .filter(r -> r.id() == id).count());

        // then
        assertEquals(0, seenByAgetic);
        assertEquals(events + 3, sql.number("select count(*) from security_event where object_type ="
                + " 'official_document' and object_id = ?", String.valueOf(id)));
        assertEquals(2, sql.number("select count(*) from security_event where object_type = 'official_document'"
                + " and object_id = ? and username = 'jefe' and kind = 'ACCESS_DENIED'", String.valueOf(id)));
        assertEquals("SIGNING", sql.text("select state from official_document where id = ?", id));
    }

    @Test
    void a_director_outside_it_signs_in_person_and_sees_only_the_documents_that_name_them() throws Exception {
        // given: an oficio that the unit's Director signs after the Responsable
        long id = as(() -> desk.draft(AUTHOR, new OfficialDraft(OfficialDocumentKind.OFICIO, "OGTIE", null,
                "Señor Secretario General", "Conformidad del sistema", null, "Se remite el acta de conformidad.",
                REVIEWER.username(), List.of(new OfficialDraft.Signer(REVIEWER.username(), "Responsable de INFRA"),
                        new OfficialDraft.Signer(DIRECTOR.username(), "Director General de Administración")),
                List.of(OfficialDraft.Recipient.unit("INFRA")))));
        as(() -> {
            desk.askReview(AUTHOR, id);
            desk.approve(REVIEWER, id);
            return desk.sign(REVIEWER, id);
        });
        long other = draftedAndApproved("OGTIE");
        long events = sql.number("select count(*) from security_event where object_type = 'official_document'"
                + " and object_id = ? and username = 'rrhh.mindef'", String.valueOf(id));

        // when
        String number = as(() -> desk.sign(DIRECTOR, id));
        List<Long> directorSees = as(() -> desk.page(DIRECTOR, OfficialDocumentQuery.all(), 0, 100).stream()
                .map(r -> r.id()).toList());
        List<Long> hrSees = as(() -> desk.page(HR, OfficialDocumentQuery.all(), 0, 100).stream()
                .map(r -> r.id()).toList());
        refused(AccessDeniedException.class, () -> desk.view(HR, id));
        refused(AccessDeniedException.class, () -> desk.view(DIRECTOR, other));

        // then
        assertTrue(number.matches("OFICIO N° \\d{6}-\\d{4}-MINDEF/OGTIE"), number);
        assertEquals("director.mindef", sql.text("select string_agg(username, ',') from official_document_event"
                + " where document_id = ? and action = 'NUMBERED'", id));
        assertTrue(directorSees.contains(id), directorSees::toString);
        assertTrue(!directorSees.contains(other), directorSees::toString);
        assertTrue(!hrSees.contains(id) && !hrSees.contains(other), hrSees::toString);
        assertEquals(events + 1, sql.number("select count(*) from security_event where object_type ="
                + " 'official_document' and object_id = ? and username = 'rrhh.mindef'", String.valueOf(id)));
    }

    private long draftedAndApproved(String unit) throws Exception {
        long id = as(() -> desk.draft(AUTHOR, new OfficialDraft(OfficialDocumentKind.OFICIO, unit, null,
                "Señor Director General de Administración", "Renovación de licencias", "Informe N° 3",
                "Tengo el agrado de dirigirme a usted.\n\nAtentamente.", REVIEWER.username(),
                List.of(new OfficialDraft.Signer(REVIEWER.username(), "Responsable de INFRA"),
                        new OfficialDraft.Signer(CHIEF.username(), "Jefe de la OGTIE")),
                List.of(OfficialDraft.Recipient.unit("INFRA"), OfficialDraft.Recipient.external("SUNAT")))));
        as(() -> {
            desk.askReview(AUTHOR, id);
            return null;
        });
        as(() -> {
            desk.approve(REVIEWER, id);
            return null;
        });
        return id;
    }

    private <T> T as(Callable<T> work) throws Exception {
        return asJefe.call(work);
    }

    private <E extends Throwable> E refused(Class<E> type, Callable<?> work) {
        try {
            as(work);
        } catch (Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
            fail("expected " + type.getSimpleName() + " but got " + e);
        }
        return fail("expected " + type.getSimpleName());
    }

    private static String text(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
