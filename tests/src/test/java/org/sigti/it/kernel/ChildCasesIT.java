package org.sigti.it.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.procedure.lifecycle.HelpDeskTicket;
import org.sigti.security.Roles;
import org.sigti.workflow.Actor;
import org.sigti.workflow.AuditChain;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.ConcurrentActionException;
import org.sigti.workflow.Move;
import org.sigti.workflow.WorkCase;

/**
 * Linked child cases (issue 15, item 2), inside the deployed EAR with a test-only parent procedure
 * ({@link TicketTestFlow}): completing a step that declares {@code opensCase} files the help desk's ticket linked to
 * the case; the parent's waiting steps are nobody's (refused to the Operador and the Jefe) and SIGTI completes each
 * exactly once when the ticket gets there, also when the ticket's close races with the parent or with a second close;
 * a parent that reaches a wait the ticket already passed goes straight on. Both trails record it, by SIGTI.
 */
@ExtendWith(ArquillianExtension.class)
class ChildCasesIT {

    private static final String MINDEF = "MINDEF";

    @Inject
    CaseEngine engine;

    @Inject
    AuditChain auditChain;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    @Resource
    ManagedExecutorService executor;

    Sql sql;

    static final Actor TECNICO = new Actor("tickets.tecnico", "Teo Tickets", null, List.of(Roles.TECNICO), "INNOV",
            MINDEF);
    static final Actor OPERADOR = new Actor("tickets.operador", "Olga Tickets", null, List.of(Roles.OPERADOR), "MESA",
            MINDEF);
    static final Actor JEFE = new Actor("tickets.jefe", "Juana Tickets", null, List.of(Roles.JEFE), "JEFATURA",
            MINDEF);

    @Deployment
    static EnterpriseArchive sigtiWithProbe() throws Exception {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "tickets-probe.war")
                .addClasses(ChildCasesIT.class, Sigti.class, Sql.class, JsfClient.class)
                .addAsLibrary(new File(Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        // the test-only parent procedure, in an EJB module of its own that the kernel discovers
        return Sigti.earWithTestFlows(probe, ShrinkWrap.create(JavaArchive.class, "ticket-flows.jar")
                .addClass(TicketTestFlow.class));
    }

    @BeforeEach
    void statements() {
        sql = new Sql(db);
    }

    /** A parent case, filed by SIGTI, waiting at step 1 (the Técnico's, which opens the ticket). */
    private long parent(String title) throws Exception {
        tx.begin();
        WorkCase c = engine.startBySystem(TicketTestFlow.CODE, title, "Prueba de tickets vinculados.", null, null,
                Map.of());
        tx.commit();
        return c.getId();
    }

    /** A parent case whose Técnico completed step 1, which opened the ticket: {parent, ticket}. */
    private long[] withTicket(String title) throws Exception {
        long parent = parent(title);
        act(TECNICO, parent, "1", "continuar", Map.of());
        return new long[] {parent, ticketOf(parent)};
    }

    private String number(long caseId) throws SQLException {
        return sql.text("select case_number from work_case where id = ?", caseId);
    }

    private long[] openItem(long caseId, String step) throws SQLException {
        return sql.numbers("select id, version from work_item where case_id = ? and step_code = ? and status = 'OPEN'",
                caseId, step);
    }

    private String openSteps(long caseId) throws SQLException {
        return sql.rows("select step_code from work_item where case_id = ? and status = 'OPEN' order by id", caseId);
    }

    private void act(Actor actor, long caseId, String step, String outcome, Map<String, String> fields)
            throws Exception {
        long[] item = openItem(caseId, step);
        act(actor, item, outcome, fields);
    }

    private void act(Actor actor, long[] item, String outcome, Map<String, String> fields) throws Exception {
        tx.begin();
        try {
            engine.act(actor, new Move(item[0], item[1], outcome, null, fields, null), null);
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
    }

    private long ticketOf(long parentId) throws SQLException {
        return sql.number("select child_case_id from case_link where parent_case_id = ?", parentId);
    }

    private void assign(long ticket, Actor operador) throws Exception {
        act(operador, ticket, HelpDeskTicket.ASSIGN_STEP, HelpDeskTicket.ASSIGNED,
                Map.of(HelpDeskTicket.ASSIGNED_TO.name(), "Equipo de infraestructura"));
    }

    private static Map<String, String> closing() {
        return Map.of(HelpDeskTicket.ACTION.name(), "Pase a producción ejecutado.");
    }

    /** How many times SIGTI completed {@code step} of the case (trail records and done work items). */
    private long completedBySigti(long caseId, String step) throws SQLException {
        long events = sql.number("select count(*) from case_event where case_id = ? and action = 'COMPLETE'"
                + " and from_step = ? and actor_username = 'sigti'", caseId, step);
        long items = sql.number("select count(*) from work_item where case_id = ? and step_code = ? and status = 'DONE'"
                + " and completed_by = 'sigti'", caseId, step);
        assertEquals(events, items, "one trail record per completion");
        return events;
    }

    @Test
    void the_ticket_is_filed_linked_and_the_parent_waits_on_it_until_sigti_goes_on_once() throws Exception {
        long[] cases = withTicket("Tickets: recorrido del pase a producción");
        long parent = cases[0];
        long ticket = cases[1];
        // the ticket: filed by SIGTI, linked, waiting in the help desk's queue for anyone there
        assertEquals(HelpDeskTicket.CODE + ",1,PASE,null;", sql.rows("select c.procedure_code, l.parent_step,"
                + " l.link_key, l.closed_at from case_link l join work_case c on c.id = l.child_case_id"
                + " where l.parent_case_id = ?", parent));
        String parentNumber = number(parent);
        String ticketNumber = number(ticket);
        assertEquals("Solicitar el pase a producción — N° " + parentNumber
                + ": Tickets: recorrido del pase a producción",
                sql.text("select title from work_case where id = ?", ticket));
        assertEquals("1,Operador,MESA,null;", sql.rows("select step_code, role_name, unit_code, assignee_username"
                + " from work_item where case_id = ? and status = 'OPEN'", ticket));
        assertEquals("sigti", sql.text("select actor_username from case_event where case_id = ? and action = 'START'",
                ticket));

        // the parent's step 2 waits: nobody's, not in a queue, and refused to whoever tries
        assertEquals("2,SIGTI,null,null;", sql.rows("select step_code, role_name, unit_code, assignee_username"
                + " from work_item where case_id = ? and status = 'OPEN'", parent));
        for (Actor who : List.of(OPERADOR, JEFE, TECNICO)) {
            assertThrows(CaseEngine.Denied.class, () -> act(who, parent, "2", "continuar", Map.of()),
                    () -> who.username() + " must not act on a waiting step");
        }
        long[] waiting = openItem(parent, "2");
        tx.begin();
        try {
            assertThrows(CaseEngine.Denied.class, () -> engine.assign(JEFE, new Move(waiting[0], waiting[1], null,
                    null, Map.of(), null), TECNICO.username(), TECNICO.roles(), TECNICO.unitCode()));
        } finally {
            tx.rollback();
        }
        assertEquals(4, sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED'"
                + " and object_id = ?", String.valueOf(waiting[0])));
        assertEquals("2;", openSteps(parent));

        // the help desk assigns the ticket: SIGTI completes step 2, once, and the Técnico goes on
        assign(ticket, OPERADOR);
        assertEquals(1, completedBySigti(parent, "2"));
        assertEquals("3;", openSteps(parent));
        assertEquals("Ticket de mesa de ayuda N° " + ticketNumber + " en el paso 1 completado",
                sql.text("select comment_text from case_event where case_id = ? and from_step = '2'"
                        + " and action = 'COMPLETE'", parent));
        act(TECNICO, parent, "3", "continuar", Map.of());
        assertEquals("4;", openSteps(parent));

        // two of the help desk close the ticket at once: one wins, and the parent goes on exactly once
        long[] close = openItem(ticket, HelpDeskTicket.CLOSE_STEP);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Actor who : List.of(OPERADOR, OPERADOR)) { // one person posting twice (two tabs)
            Callable<String> attempt = () -> {
                go.await();
                try {
                    act(who, close, HelpDeskTicket.CLOSED, closing());
                    return "won";
                } catch (ConcurrentActionException e) {
                    return "told";
                }
            };
            results.add(executor.submit(attempt));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        outcomes.sort(null);
        assertEquals(List.of("told", "won"), outcomes);
        // a retried close (the same page posted again) changes nothing
        assertThrows(ConcurrentActionException.class, () -> act(OPERADOR, close, HelpDeskTicket.CLOSED, closing()));

        assertEquals(1, completedBySigti(parent, "4"));
        assertEquals("5;", openSteps(parent));
        assertEquals("CLOSED", sql.text("select status from work_case where id = ?", ticket));
        assertNotNull(sql.textOrNull("select closed_at from case_link where child_case_id = ?", ticket));
        assertEquals("Ticket de mesa de ayuda N° " + ticketNumber + " cerrado",
                sql.text("select comment_text from case_event where case_id = ? and from_step = '4'"
                        + " and action = 'COMPLETE'", parent));

        // both trails record the link, by SIGTI, and stay intact
        assertEquals("sigti,1,Ticket de mesa de ayuda N° " + ticketNumber + " abierto;", sql.rows("select"
                + " actor_username, from_step, comment_text from case_event where case_id = ?"
                + " and action = 'LINK'", parent));
        assertEquals("sigti,Vinculado a N° " + parentNumber + " paso 1;", sql.rows("select actor_username,"
                + " comment_text"
                + " from case_event where case_id = ? and action = 'LINK'", ticket));
        assertTrue(auditChain.verifyCase(parent).intact());
        assertTrue(auditChain.verifyCase(ticket).intact());
    }

    @Test
    void a_parent_reaching_a_wait_the_ticket_already_passed_goes_straight_on() throws Exception {
        long[] cases = withTicket("Tickets: el ticket ya se cerró");
        long parent = cases[0];
        long ticket = cases[1];
        assign(ticket, OPERADOR);
        act(OPERADOR, ticket, HelpDeskTicket.CLOSE_STEP, HelpDeskTicket.CLOSED, closing());
        // the ticket closed while the parent was at 3, which waits on nothing
        assertEquals("3;", openSteps(parent));
        assertEquals(0, completedBySigti(parent, "4"));

        act(TECNICO, parent, "3", "continuar", Map.of());
        assertEquals(1, completedBySigti(parent, "4"), "step 4 waits on a closed ticket: SIGTI completes it at once");
        assertEquals("5;", openSteps(parent));
        assertEquals(0, sql.number("select count(*) from work_item where case_id = ? and role_name = 'SIGTI'"
                + " and status = 'OPEN'", parent));
        assertTrue(auditChain.verifyCase(parent).intact());
    }

    @Test
    void the_parent_reaching_its_wait_while_the_ticket_closes_goes_on_exactly_once() throws Exception {
        long[] cases = withTicket("Tickets: carrera entre el caso y el ticket");
        long parent = cases[0];
        long ticket = cases[1];
        assign(ticket, OPERADOR);
        assertEquals("3;", openSteps(parent));
        long[] three = openItem(parent, "3");
        long[] close = openItem(ticket, HelpDeskTicket.CLOSE_STEP);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Void>> results = new ArrayList<>();
        results.add(executor.submit(() -> {
            go.await();
            act(TECNICO, three, "continuar", Map.of());
            return null;
        }));
        results.add(executor.submit(() -> {
            go.await();
            act(OPERADOR, close, HelpDeskTicket.CLOSED, closing());
            return null;
        }));
        go.countDown();
        for (Future<Void> result : results) {
            result.get();
        }
        // whichever committed first, step 4 was completed once, by SIGTI, and the parent waits at 5
        assertEquals(1, completedBySigti(parent, "4"));
        assertEquals("5;", openSteps(parent));
        assertNull(sql.textOrNull("select step_code from work_item where case_id = ? and status = 'OPEN'"
                + " and role_name = 'SIGTI'", parent));
        assertTrue(auditChain.verifyCase(parent).intact());
        assertTrue(auditChain.verifyCase(ticket).intact());
    }

    @Test
    void both_case_pages_show_the_link_and_the_waiting_step_offers_nothing() throws Exception {
        long[] cases = withTicket("Tickets: las páginas muestran el vínculo");
        long parent = cases[0];
        long ticket = cases[1];
        String parentNumber = number(parent);
        String ticketNumber = number(ticket);

        JsfClient jefe = JsfClient.logIn("jefe.ogtie");
        Document page = jefe.get("/case.xhtml?id=" + parent).page();
        var waiting = page.selectFirst("section.sigti-open-step[data-step=2]");
        assertNotNull(waiting, page::text);
        assertEquals("false", waiting.attr("data-may-act"));
        assertTrue(waiting.select("[data-outcome], select, input[type=text]").isEmpty(),
                "nobody is offered an action on a waiting step: " + waiting.html());
        assertTrue(waiting.selectFirst(".sigti-awaiting").text().startsWith("En espera del ticket N° " + ticketNumber),
                waiting::text);
        var row = page.selectFirst("#case-links tr.sigti-link-row");
        assertNotNull(row, page::text);
        assertEquals(String.valueOf(ticket), row.attr("data-case"));
        assertEquals("OPEN", row.attr("data-status"));
        assertTrue(row.text().contains(ticketNumber) && row.text().contains("Ticket de mesa de ayuda")
                && row.text().contains("Abierto en el paso 1"), row::text);

        Document child = jefe.get("/case.xhtml?id=" + ticket).page();
        assertTrue(child.selectFirst("#case-linked-to").text().startsWith("Vinculado a N° " + parentNumber
                + " paso 1"), child::text);
        assertTrue(child.select("#case-history .sigti-history-row[data-action=LINK]").text()
                .contains("Caso vinculado"), child::text);
    }
}
