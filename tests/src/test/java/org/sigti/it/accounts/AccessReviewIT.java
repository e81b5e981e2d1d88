package org.sigti.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
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
import org.sigti.accounts.AccessReviewDecision.Decision;
import org.sigti.accounts.review.AccessReviewDesk;
import org.sigti.accounts.review.AccessReviewPlanner;
import org.sigti.accounts.review.AccessReviews;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.procedure.accounts.S04030102R;
import org.sigti.security.AccessDeniedException;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.WorkflowException;

/**
 * S04.03.01.02.R, the semiannual access review (issue 6 item 7), inside the deployed EAR: the semester's review opens
 * once per unit however often it is generated; the unit's Responsable confirms or revokes each active account, and
 * completing the review records the decisions and opens exactly one S04.03.01.02 removal case per person revoked.
 * Four eyes: nobody confirms their own account; another unit's Responsable is refused. Each test has its own unit,
 * platform and people.
 */
@ExtendWith(ArquillianExtension.class)
class AccessReviewIT {

    private static final String SERVICES = "java:global/sigti/sigti-ejb/";

    @Inject
    AccessReviewPlanner planner;

    @Inject
    AccessReviewDesk desk;

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @EJB(lookup = SERVICES + "AccessReviews!org.sigti.accounts.review.AccessReviews")
    AccessReviews reviews;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    @EJB(lookup = AsRole.AUDITOR)
    AsRole asAuditor;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    private String unit;
    private String platform;
    private Actor responsable;
    private Actor otherResponsable;
    private String ana;
    private String beto;
    private long ana1;
    private long ana2;
    private long beto1;
    private long own;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "access-review-probe.war")
                .addClasses(AccessReviewIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        return Sigti.earWithProbe(probe);
    }

    /** A unit whose people hold active accounts on a platform of their own: Ana two, Beto one, the Responsable one. */
    @BeforeEach
    void unitWithAccounts() throws SQLException {
        sql = new Sql(db);
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        unit = "AR" + n;
        platform = "ARP" + n;
        ana = "ar.ana" + n;
        beto = "ar.beto" + n;
        responsable = new Actor("ar.resp" + n, "Rosa Responsable", null, List.of("Responsable", "Solicitante"), unit);
        otherResponsable = new Actor("ar.otro" + n, "Otto Otro", null, List.of("Responsable", "Solicitante"),
                "AZ" + n);
        long base = 3_000_000_000L + n * 10L;
        sql.update("insert into it_system (id, code, name, kind, criticality, active, version) values (?, ?, ?,"
                + " 'PLATFORM', 'LOW', TRUE, 0)", base, platform, "Plataforma de revisión " + n);
        ana1 = account(base + 1, ana + ".a", ana, "Ana Activa");
        ana2 = account(base + 2, ana + ".b", ana, "Ana Activa");
        beto1 = account(base + 3, beto, beto, "Beto Bueno");
        own = account(base + 4, responsable.username(), responsable.username(), "Rosa Responsable");
    }

    @Test
    void generating_twice_opens_one_review_per_unit_for_its_responsable() throws Exception {
        // when the Jefe generates the semester's reviews twice ("Generar revisión ahora")
        asJefe.call(() -> reviews.generateNow());
        int second = asJefe.call(() -> reviews.generateNow());
        // then the unit has one review of the semester, waiting for a Responsable of the unit
        String semester = asJefe.call(() -> planner.currentSemester());
        assertEquals(1, sql.number("select count(*) from access_review where unit_code = ? and semester = ?", unit,
                semester));
        assertEquals(0, second, "the second generation opened nothing");
        long caseId = sql.number("select case_id from access_review where unit_code = ?", unit);
        assertEquals(S04030102R.CODE, sql.text("select procedure_code from work_case where id = ?", caseId));
        assertEquals("1 Responsable " + unit, sql.text("select step_code || ' ' || role_name || ' ' || unit_code"
                + " from work_item where case_id = ? and status = 'OPEN'", caseId));
        assertEquals(unit, sql.text("select value_text from case_field where case_id = ? and name = 'unidad'", caseId));
        // and opening it again, as the timer's catch-up does, changes nothing
        assertFalse(asJefe.call(() -> planner.openFor(unit, semester, "prueba").isPresent()));
        assertEquals(1, sql.number("select count(*) from access_review where unit_code = ?", unit));
    }

    @Test
    void confirming_and_revoking_record_decisions_and_a_revocation_opens_one_removal_case() throws Exception {
        long review = openReview();
        // given the Responsable's decisions, one still missing
        as(() -> {
            desk.decide(responsable, review, beto1, Decision.CONFIRM, null);
            desk.decide(responsable, review, ana1, Decision.REVOKE, "Ya no trabaja en la unidad");
            return null;
        });
        WorkflowException missing = assertThrows(WorkflowException.class, () -> complete(responsable, review));
        assertEquals("accessReview.undecided", missing.messageKey());
        WorkflowException noReason = assertThrows(WorkflowException.class,
                () -> as(() -> decideAndReturn(responsable, review, ana2, Decision.REVOKE, " ")));
        assertEquals("accessReview.reason.required", noReason.messageKey());
        // when the last accounts are decided (her own: revoked, which four eyes allows) and the review completed
        as(() -> {
            desk.decide(responsable, review, ana2, Decision.REVOKE, "Ya no trabaja en la unidad");
            desk.decide(responsable, review, own, Decision.REVOKE, "Cambio de funciones");
            return null;
        });
        complete(responsable, review);
        // then each decision is recorded, and Ana's two revocations opened one removal case for her
        assertEquals(4, sql.number("select count(*) from access_review_decision where review_id = ?", review));
        assertEquals("CONFIRM", sql.text("select decision from access_review_decision where account_id = ?", beto1));
        assertNull(sql.text("select removal_case_id from access_review_decision where account_id = ?", beto1));
        assertEquals(1, sql.number("select count(distinct removal_case_id) from access_review_decision"
                + " where review_id = ? and person_username = ?", review, ana));
        long removal = sql.number("select removal_case_id from access_review_decision where account_id = ?", ana1);
        assertEquals(1, sql.number("select count(*) from work_case c join case_field f on f.case_id = c.id"
                + " where c.procedure_code = 'S04.03.01.02' and f.name = 'persona_usuario' and f.value_text = ?", ana));
        assertEquals("S04.03.01.02", sql.text("select procedure_code from work_case where id = ?", removal));
        assertEquals(2, sql.number("select count(*) from work_item where case_id = ? and status = 'OPEN' and step_code"
                + " in ('1', '5')", removal), "the accounts and VPN branches wait at once");
        assertNotNull(sql.text("select removal_case_id from access_review_decision where account_id = ?", own));
        assertEquals("DONE " + responsable.username(), sql.text("select status || ' ' || completed_by"
                + " from access_review where id = ?", review));
        long reviewCase = sql.number("select case_id from access_review where id = ?", review);
        assertEquals("CLOSED", sql.text("select status from work_case where id = ?", reviewCase));
        // and a completed review takes no more decisions
        WorkflowException done = assertThrows(WorkflowException.class,
                () -> as(() -> decideAndReturn(responsable, review, beto1, Decision.REVOKE, "tarde")));
        assertEquals("accessReview.done", done.messageKey());
    }

    @Test
    void a_responsable_may_not_confirm_their_own_account() throws Exception {
        long review = openReview();
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> as(() -> decideAndReturn(responsable, review, own, Decision.CONFIRM, null)));
        assertEquals("accessReview.fourEyes.self", e.messageKey());
        assertEquals(1, sql.number("select count(*) from security_event where username = ? and action like"
                + " 'AccessReviews.decide CONFIRM%' and object_id = ?", responsable.username(), String.valueOf(own)));
        assertEquals(0, sql.number("select count(*) from access_review_decision where account_id = ?", own));
    }

    @Test
    void another_units_responsable_is_refused_and_recorded() throws Exception {
        long review = openReview();
        assertThrows(AccessDeniedException.class,
                () -> as(() -> decideAndReturn(otherResponsable, review, ana1, Decision.CONFIRM, null)));
        assertThrows(AccessDeniedException.class, () -> as(() -> desk.accounts(otherResponsable, review, 0, 20)));
        assertThrows(AccessDeniedException.class, () -> complete(otherResponsable, review));
        assertEquals(3, sql.number("select count(*) from security_event where username = ? and object_type ="
                + " 'access_review' and object_id = ?", otherResponsable.username(), String.valueOf(review)));
        assertEquals(0, sql.number("select count(*) from access_review_decision where review_id = ?", review));
        // the unit's Responsable reads the four accounts; the Auditor may not decide
        assertEquals(4, as(() -> desk.countAccounts(responsable, review)));
        assertEquals(List.of(ana1, ana2, own, beto1).stream().sorted().toList(), as(() -> desk.accounts(responsable,
                review, 0, 20)).stream().map(r -> r.accountId()).sorted().toList());
        Exception auditor = assertThrows(Exception.class, () -> asAuditor.call(() -> {
            reviews.confirm(review, beto1);
            return null;
        }));
        boolean refused = false;
        for (Throwable t = auditor; t != null; t = t.getCause()) {
            refused |= t instanceof EJBAccessException;
        }
        assertTrue(refused, auditor::toString);
    }

    // ---------------------------------------------------------------- helpers

    private long openReview() throws Exception {
        String semester = as(() -> planner.currentSemester());
        as(() -> planner.openFor(unit, semester, "prueba"));
        return sql.number("select id from access_review where unit_code = ? and semester = ?", unit, semester);
    }

    private Object decideAndReturn(Actor actor, long review, long account, Decision decision, String reason) {
        desk.decide(actor, review, account, decision, reason);
        return null;
    }

    private void complete(Actor actor, long review) throws Exception {
        ProcedureFlow flow = procedures.flow(S04030102R.CODE).orElseThrow();
        as(() -> engine.act(actor, desk.completion(actor, review, "Revisión del semestre"), flow));
    }

    /** Runs the work in a transaction of its own, unwrapping what the container wrapped. */
    private <T> T as(Callable<T> work) throws Exception {
        try {
            return asJefe.call(work);
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    private long account(long id, String name, String person, String personName) throws SQLException {
        sql.update("insert into account (id, platform_code, account_name, live_name, person_username, person_name,"
                + " person_unit_code, status, granted_by, granted_at, version) values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE',"
                + " 'jefe', CURRENT_TIMESTAMP, 0)", id, platform, name, name, person, personName, unit);
        return id;
    }
}
