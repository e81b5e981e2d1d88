package org.sigti.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;

import org.junit.jupiter.api.Test;
import org.sigti.backup.BackupException;
import org.sigti.backup.BackupProblem;
import org.sigti.workflow.ConcurrentActionException;
import org.sigti.workflow.NotFoundException;
import org.sigti.workflow.WorkflowException;

class FailureTest {

    @Test
    void a_refusal_wrapped_by_faces_and_el_is_a_refusal_said_in_words_not_a_defect() {
        ConcurrentActionException refused = new ConcurrentActionException("SOL-2026-000001", "3");
        Failure failure = Failure.of(new FacesException(new ELException(refused)), 500);
        assertEquals("refused", failure.kind());
        assertEquals(409, failure.status());
        assertSame(refused, failure.refusal());
        assertTrue(!failure.unexpected(), "no reference for a refusal");
    }

    @Test
    void every_business_exception_carries_its_key_and_arguments_for_the_screens() {
        BackupException backup = new BackupException(BackupProblem.values()[0], 5, "x");
        assertEquals("BackupProblem." + BackupProblem.values()[0].name(), backup.messageKey());
        assertEquals(List.of(5, "x"), List.of(backup.messageArguments()));
        WorkflowException workflow = new WorkflowException("workflow.concurrent", "SOL-1", "3");
        assertEquals("workflow.concurrent", workflow.messageKey());
        assertEquals(List.of("SOL-1", "3"), List.of(workflow.messageArguments()));
    }

    @Test
    void denials_expired_views_and_unknown_ids_keep_their_own_pages() {
        assertEquals("403", Failure.of(new FacesException(new EJBAccessException("no")), 500).kind());
        assertEquals("expired", Failure.of(new ViewExpiredException("gone", "/case.xhtml"), 500).kind());
        assertEquals(404, Failure.of(new NotFoundException("case.notFound", "7"), 500).status());
    }

    @Test
    void anything_else_is_a_defect_with_a_reference_and_a_plain_status_is_its_own_page() {
        assertTrue(Failure.of(new IllegalStateException("bug"), 500).unexpected());
        assertEquals("404", Failure.of(null, 405).kind());
        assertEquals(403, Failure.of(null, 401).status());
        assertTrue(Failure.of(null, 502).unexpected());
        String reference = Failure.logged(new IllegalStateException("bug"), 500, "/sigti/x.xhtml");
        assertTrue(reference.matches("[0-9a-f]{8}"), reference);
    }

    @Test
    void the_way_back_after_an_ended_session_is_a_page_of_sigti_only() {
        assertEquals("/sigti/case.xhtml?id=4", ErrorPageView.back("/sigti", "/sigti/case.xhtml?id=4"));
        assertNull(ErrorPageView.back("/sigti", "https://evil.example/"));
        assertNull(ErrorPageView.back("/sigti", "//evil.example/sigti/"));
        assertNull(ErrorPageView.back("/sigti", "/sigti//evil.example"));
        assertNull(ErrorPageView.back("/sigti", "/sigti/\\evil"));
        assertNull(ErrorPageView.back("/sigti", "/other/page"));
        assertNull(ErrorPageView.back("/sigti", "/sigti/x\nLocation: y"));
        assertNull(ErrorPageView.back("/sigti", null));
    }
}
