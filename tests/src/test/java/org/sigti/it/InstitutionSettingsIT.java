package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDocuments;
import org.sigti.document.official.OfficialDraft;
import org.sigti.people.InstitutionException;
import org.sigti.people.InstitutionProblem;
import org.sigti.people.InstitutionSettings;
import org.sigti.people.LetterheadEdit;
import org.sigti.people.LetterheadSettings;
import org.sigti.security.AccessDeniedException;
import org.sigti.unit.InstitutionChange;
import org.sigti.workflow.Actor;

/**
 * The "Institución" screen's service in the deployed EAR. The Jefe of AGETIC (the institution of the test's callers,
 * who have no unit) changes the letterhead and the number format, and the next oficio AGETIC issues is numbered in the
 * new format and prints the new name, address and logo. A file that is no PNG or JPEG, a damaged image, a format
 * without its counter and a change from an old version are refused and change nothing. The Auditor reads the
 * letterhead and may not change it; a Jefe aiming at MINDEF's letterhead is denied with a security event. Each test
 * puts AGETIC's row back as it found it.
 */
@ExtendWith(ArquillianExtension.class)
class InstitutionSettingsIT {

    private static final String AGETIC = "AGETIC";
    private static final Actor AUTHOR = new Actor("tecnico", "Tomás Agetic", null, List.of("Tecnico", "Solicitante"),
            "UIT", AGETIC);
    private static final Actor REVIEWER = new Actor("responsable", "Rocío Agetic", null, List.of("Responsable"), "AIT",
            AGETIC);
    private static final Actor CHIEF = new Actor("jefe", "Juana Agetic", null, List.of("Jefe"), "UGAT", AGETIC);

    @EJB
    InstitutionSettings settings;

    @EJB
    OfficialDocuments documents;

    @Inject
    DocumentDesk desk;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    @EJB(lookup = AsRole.AUDITOR)
    AsRole asAuditor;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;
    Row agetic;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "institution-probe.war")
                .addClasses(InstitutionSettingsIT.class, InstitutionSettingsIT.Row.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml"));
    }

    @BeforeEach
    void remember() throws SQLException {
        sql = new Sql(db);
        agetic = row(AGETIC);
    }

    @AfterEach
    void putBack() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("update institution set name = ?, address = ?, logo = ?,"
                        + " number_format = ?, version = version + 1 where code = ?")) {
            s.setString(1, agetic.name());
            s.setString(2, agetic.address());
            s.setBytes(3, agetic.logo());
            s.setString(4, agetic.numberFormat());
            s.setString(5, AGETIC);
            s.executeUpdate();
        }
    }

    @Test
    void the_jefe_changes_the_letterhead_and_the_next_oficio_prints_it() throws Exception {
        // given
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String name = "Agencia de Prueba del Membrete " + n;
        String address = "Calle Prueba N° " + n + ", La Paz";
        String format = "{TIPO} MEMBRETE-{N:5}-{AÑO}-{INST}/{UNIDAD}";
        LetterheadSettings before = as(() -> settings.current());
        assertEquals(AGETIC, before.code());
        byte[] logo = png();

        // when
        as(() -> {
            settings.changeLetterhead(new LetterheadEdit(AGETIC, before.version(), " " + name + " ", address, format));
            return null;
        });
        long version = as(() -> settings.current().version());
        as(() -> {
            settings.replaceLogo(AGETIC, version, logo);
            return null;
        });
        long id = draftedAndApproved();
        String example = as(() -> settings.nextOficio(format));
        String number = as(() -> desk.sign(CHIEF, id));
        byte[] pdf = as(() -> documents.pdf(id));

        // then: each change left its row of the trail, newest first
        List<InstitutionSettings.Change> changes = as(() -> settings.recentChanges());
        assertEquals(List.of(InstitutionChange.Action.LOGO_REPLACED, InstitutionChange.Action.LETTERHEAD),
                changes.stream().limit(2).map(InstitutionSettings.Change::action).toList());
        assertEquals("PNG · " + logo.length + " B", changes.get(0).detail());
        assertEquals("«" + name + "» · «" + address + "» · «" + format + "»", changes.get(1).detail());
        LetterheadSettings after = as(() -> settings.current());
        assertEquals(List.of(name, address, format, true), List.of(after.name(), after.address(),
                after.numberFormat(), after.logo()));
        assertArrayEquals(logo, row(AGETIC).logo());
        int year = LocalDate.now(ZoneId.of("America/La_Paz")).getYear();
        assertTrue(number.matches("OFICIO MEMBRETE-\\d{5}-" + year + "-AGETIC/UGAT"), number);
        assertEquals(example, number, "the screen's example is the number the next oficio gets");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(name) && text.contains(address) && text.contains(number), text);
            assertTrue(!text.contains(agetic.name()), "the old name is gone");
            assertEquals(1, images(document.getPage(0).getResources()), "the logo, on the first page");
        }
    }

    @Test
    void a_bad_logo_a_format_without_counter_or_series_and_a_stale_change_are_refused_and_change_nothing() throws Exception {
        // given
        long version = as(() -> settings.current().version());
        byte[] png = png();
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] damaged = Arrays.copyOf(png, 60);

        long trail = sql.number("select count(*) from institution_change");

        // when
        InstitutionProblem notAnImage = problem(() -> settings.replaceLogo(AGETIC, version, gif));
        InstitutionProblem unreadable = problem(() -> settings.replaceLogo(AGETIC, version, damaged));
        InstitutionProblem tooLarge = problem(() -> settings.replaceLogo(AGETIC, version,
                Arrays.copyOf(png, 600 * 1024)));
        InstitutionProblem noCounter = problem(() -> settings.changeLetterhead(new LetterheadEdit(AGETIC, version,
                "Otra agencia", null, "{TIPO}-{AÑO}")));
        InstitutionProblem noSeries = problem(() -> settings.changeLetterhead(new LetterheadEdit(AGETIC, version,
                "Otra agencia", null, "{TIPO} N° {N:4}-{INST}/{UNIDAD}")));
        InstitutionProblem stale = problem(() -> settings.changeLetterhead(new LetterheadEdit(AGETIC, version - 1,
                "Otra agencia", null, "{N}")));
        InstitutionProblem staleLogo = problem(() -> settings.replaceLogo(AGETIC, version + 1, png));

        // then
        assertEquals(List.of(InstitutionProblem.LOGO_NOT_PNG_OR_JPEG, InstitutionProblem.LOGO_UNREADABLE,
                InstitutionProblem.LOGO_TOO_LARGE, InstitutionProblem.NUMBER_FORMAT_NO_COUNTER,
                InstitutionProblem.NUMBER_FORMAT_MISSING_SERIES, InstitutionProblem.STALE, InstitutionProblem.STALE),
                List.of(notAnImage, unreadable, tooLarge, noCounter, noSeries, stale, staleLogo));
        assertEquals(agetic, row(AGETIC));
        assertEquals(trail, sql.number("select count(*) from institution_change"), "a refused change leaves no row");
    }

    @Test
    void the_auditor_reads_the_letterhead_and_cannot_change_it() throws Exception {
        // given
        LetterheadSettings seen = asAuditor.call(() -> settings.current());

        // when
        boolean renamed = deniedByContainer(() -> asAuditor.call(() -> {
            settings.changeLetterhead(new LetterheadEdit(AGETIC, seen.version(), "Agencia del Auditor", null,
                    "{N}"));
            return null;
        }));
        boolean logoChanged = deniedByContainer(() -> asAuditor.call(() -> {
            settings.replaceLogo(AGETIC, seen.version(), png());
            return null;
        }));
        boolean logoRemoved = deniedByContainer(() -> asAuditor.call(() -> {
            settings.removeLogo(AGETIC, seen.version());
            return null;
        }));

        // then
        assertEquals(List.of(AGETIC, agetic.name()), List.of(seen.code(), seen.name()));
        assertEquals(List.of(true, true, true), List.of(renamed, logoChanged, logoRemoved));
        assertEquals(agetic, row(AGETIC));
    }

    @Test
    void a_jefe_cannot_change_another_institutions_letterhead() throws Exception {
        // given: the Jefe is AGETIC's; MINDEF's row as it is
        Row mindef = row("MINDEF");
        String count = "select count(*) from security_event where object_type = 'Institution' and object_id = 'MINDEF'";
        long events = sql.number(count);
        byte[] logo = png();

        // when
        List<Class<?>> refusals = List.of(
                refusal(() -> settings.changeLetterhead(new LetterheadEdit("MINDEF", mindef.version(),
                        "Ministerio ajeno", null, "{N}"))),
                refusal(() -> settings.replaceLogo("MINDEF", mindef.version(), logo)),
                refusal(() -> settings.removeLogo("MINDEF", mindef.version())));

        // then
        assertEquals(List.of(AccessDeniedException.class, AccessDeniedException.class, AccessDeniedException.class),
                refusals);
        assertEquals(events + 3, sql.number(count));
        assertEquals(mindef, row("MINDEF"));
        assertEquals(agetic, row(AGETIC));
    }

    /** The stored letterhead of an institution, with its version. */
    record Row(String name, String address, byte[] logo, String numberFormat, long version) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.name.equals(name) && java.util.Objects.equals(r.address, address)
                    && Arrays.equals(r.logo, logo) && r.numberFormat.equals(numberFormat) && r.version == version;
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        @Override
        public String toString() {
            return name + " | " + address + " | " + (logo == null ? "no logo" : logo.length + " bytes") + " | "
                    + numberFormat + " | v" + version;
        }
    }

    private Row row(String code) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select name, address, logo, number_format, version"
                        + " from institution where code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), code);
                return new Row(r.getString(1), r.getString(2), r.getBytes(3), r.getString(4), r.getLong(5));
            }
        }
    }

    private long draftedAndApproved() throws Exception {
        long id = as(() -> desk.draft(AUTHOR, new OfficialDraft(OfficialDocumentKind.OFICIO, "UGAT", null,
                "Señora Directora General Ejecutiva", "Prueba del membrete", null,
                "Se remite el oficio con el membrete nuevo.", REVIEWER.username(),
                List.of(new OfficialDraft.Signer(CHIEF.username(), "Jefa de la UGAT")),
                List.of(OfficialDraft.Recipient.external("Ministerio de la Presidencia")))));
        as(() -> {
            desk.askReview(AUTHOR, id);
            desk.approve(REVIEWER, id);
            return null;
        });
        return id;
    }

    private <T> T as(Callable<T> work) throws Exception {
        return asJefe.call(work);
    }

    /** The problem the Jefe's change was refused with. */
    private InstitutionProblem problem(Runnable change) {
        try {
            as(() -> {
                change.run();
                return null;
            });
        } catch (InstitutionException e) {
            return e.getProblem();
        } catch (Exception e) {
            fail("expected a refusal with a problem but got " + e);
        }
        return fail("expected a refusal with a problem");
    }

    /** The kind of refusal the Jefe's change met (the first SIGTI or container exception in its causes). */
    private Class<?> refusal(Runnable change) {
        try {
            as(() -> {
                change.run();
                return null;
            });
        } catch (Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof AccessDeniedException || t instanceof InstitutionException) {
                    return t.getClass();
                }
            }
            return e.getClass();
        }
        return Void.class;
    }

    /** Whether the container refused the call for the caller's role (an EJBAccessException among the causes). */
    private static boolean deniedByContainer(Callable<?> work) {
        try {
            work.call();
            return false;
        } catch (Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return true;
                }
            }
            return false;
        }
    }

    private static int images(PDResources resources) throws Exception {
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                images++;
            }
        }
        return images;
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(160, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(11, 61, 110));
            g.fillOval(10, 10, 60, 60);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
