package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.document.DocumentNumbers;
import org.sigti.document.DocumentSeries;

/**
 * {@link DocumentNumbers} inside the server, on the real database: numbers are consecutive per kind and year, start
 * at 1 in a new year, come back when the caller rolls back, and concurrent callers each get their own. The test runs
 * in a WAR added to the SIGTI EAR and calls as Técnico through {@link AsTecnico} (see {@link Sigti#earWithProbe}).
 * Each test takes a year nobody has used, so tests and runs do not see each other's numbers.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentNumbersIT {

    private static final String AGETIC = "AGETIC";

    private static final int CALLERS = 8;

    /** Three kinds' numbering, by the codes and prefixes their counters have carried. */
    private static final DocumentSeries SUPPORT_FORM = new DocumentSeries("SUPPORT_FORM", "R1");
    private static final DocumentSeries CLOSING_RECORD = new DocumentSeries("CLOSING_RECORD", "CIE");
    private static final DocumentSeries SERVICE_SLIP = new DocumentSeries("SERVICE_SLIP", "BOL");

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private DataSource dataSource;

    @EJB(lookup = "java:global/sigti/sigti-ejb/DocumentNumbers")
    private DocumentNumbers numbers;

    @EJB(lookup = AsRole.TECNICO)
    private AsTecnico asTecnico;

    @EJB(lookup = AsRole.AUDITOR)
    private AsAuditor asAuditor;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "document-numbers-probe.war")
                .addClasses(DocumentNumbersIT.class, Sigti.class, Sql.class));
    }

    @Test
    void numbers_are_consecutive_per_type_and_year_and_start_at_one_in_a_new_year() throws Exception {
        // given
        int year = unusedYear();

        // when
        List<String> taken = List.of(next(SUPPORT_FORM, year), next(SUPPORT_FORM, year),
                next(CLOSING_RECORD, year), next(SUPPORT_FORM, year + 1),
                next(SUPPORT_FORM, year), next(SERVICE_SLIP, year));

        // then
        assertEquals(List.of("R1-" + year + "-000001", "R1-" + year + "-000002", "CIE-" + year + "-000001",
                "R1-" + (year + 1) + "-000001", "R1-" + year + "-000003", "BOL-" + year + "-000001"), taken);
        assertEquals(3, lastNumber(SUPPORT_FORM, year));
    }

    @Test
    void each_institution_numbers_its_own_documents() throws Exception {
        int year = unusedYear();
        List<String> taken = List.of(next(AGETIC, SERVICE_SLIP, year), next("MINDEF", SERVICE_SLIP, year),
                next(AGETIC, SERVICE_SLIP, year), next("MINDEF", SERVICE_SLIP, year), next("SEPREM", SERVICE_SLIP, year));
        assertEquals(List.of("BOL-" + year + "-000001", "BOL-" + year + "-000001", "BOL-" + year + "-000002",
                "BOL-" + year + "-000002", "BOL-" + year + "-000001"), taken);
        assertEquals(2, new Sql(dataSource).number("select last_number from document_counter where"
                + " institution_code = 'MINDEF' and doc_type = ? and doc_year = ?", SERVICE_SLIP.code(), year));
    }

    @Test
    @AlsoOnH2
    void a_caller_that_rolls_back_gives_its_number_back() throws Exception {
        // given
        int year = unusedYear();
        assertEquals("CIE-" + year + "-000001", next(CLOSING_RECORD, year));

        // when: the number is taken, then the caller's transaction fails
        Exception failure = assertThrows(Exception.class, () -> asTecnico.call(() -> {
            numbers.next(AGETIC, CLOSING_RECORD, year);
            throw new IllegalStateException("the document could not be stored");
        }));

        // then
        assertTrue(causes(failure, IllegalStateException.class), failure::toString);
        assertEquals("CIE-" + year + "-000002", next(CLOSING_RECORD, year));
    }

    @Test
    @AlsoOnH2
    void concurrent_callers_get_distinct_consecutive_numbers_even_when_the_year_is_new() throws Exception {
        // given: no counter yet for the year, so the callers also race to create it
        int year = unusedYear();

        // when
        List<String> first = concurrently(SERVICE_SLIP, year);
        List<String> second = concurrently(SERVICE_SLIP, year);

        // then
        assertEquals(expected(year, 1), new TreeSet<>(first), first::toString);
        assertEquals(expected(year, CALLERS + 1), new TreeSet<>(second), second::toString);
        assertEquals(2 * CALLERS, lastNumber(SERVICE_SLIP, year));
    }

    @Test
    void only_people_who_act_on_cases_take_numbers() throws SQLException {
        int year = unusedYear();
        Exception anonymous = assertThrows(Exception.class, () -> numbers.next(AGETIC, SUPPORT_FORM, year));
        Exception auditor = assertThrows(Exception.class,
                () -> asAuditor.call(() -> numbers.next(AGETIC, SUPPORT_FORM, year)));
        assertTrue(causes(anonymous, EJBAccessException.class), anonymous::toString);
        assertTrue(causes(auditor, EJBAccessException.class), auditor::toString);
        assertEquals(0, lastNumber(SUPPORT_FORM, year));
    }

    private String next(DocumentSeries type, int year) throws Exception {
        return next(AGETIC, type, year);
    }

    private String next(String institution, DocumentSeries type, int year) throws Exception {
        return asTecnico.call(() -> numbers.next(institution, type, year));
    }

    /** {@value #CALLERS} callers released at the same moment, each in its own transaction. */
    private List<String> concurrently(DocumentSeries type, int year) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CyclicBarrier start = new CyclicBarrier(CALLERS);
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                calls.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return next(type, year);
                }));
            }
            List<String> taken = new ArrayList<>();
            for (Future<String> call : calls) {
                taken.add(call.get(60, TimeUnit.SECONDS));
            }
            return taken;
        } finally {
            pool.shutdownNow();
        }
    }

    private static TreeSet<String> expected(int year, int from) {
        return IntStream.range(from, from + CALLERS).mapToObj(n -> SERVICE_SLIP.number(year, n))
                .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
    }

    /** A year after every year any counter has: its numbers start from nothing. */
    private int unusedYear() throws SQLException {
        String max = new Sql(dataSource).text("select max(doc_year) from document_counter where doc_year >= 3000");
        // two apart: a test may also use the year after its own
        return max == null ? 3000 : Integer.parseInt(max) + 2;
    }

    private long lastNumber(DocumentSeries type, int year) throws SQLException {
        String last = new Sql(dataSource).textOrNull("select last_number from document_counter where"
                + " institution_code = 'AGETIC' and doc_type = ? and doc_year = ?", type.code(), year);
        return last == null ? 0 : Long.parseLong(last);
    }

    private static boolean causes(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
