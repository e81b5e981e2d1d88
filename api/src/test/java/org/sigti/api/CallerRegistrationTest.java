package org.sigti.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.sigti.people.IdentityClaims;

class CallerRegistrationTest {

    @Test
    void another_request_s_write_of_the_profile_is_a_concurrent_write_and_nothing_else_is() {
        assertTrue(CallerRegistration.concurrentWrite(new EJBException(new PersistenceException(
                new OptimisticLockException("version")))));
        assertTrue(CallerRegistration.concurrentWrite(new EJBException(new PersistenceException(
                new SQLException("duplicate key", "23505")))));
        assertFalse(CallerRegistration.concurrentWrite(new EJBException(new PersistenceException(
                new SQLException("connection refused", "08001")))));
        assertFalse(CallerRegistration.concurrentWrite(new EJBException(new NullPointerException())));
    }

    @Test
    void a_recording_holds_while_claims_and_roles_stay_for_five_minutes() {
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        IdentityClaims claims = new IdentityClaims("Bot", null, List.of("/Instituciones/AGETIC/UGAT/AIT"));
        CallerRegistration.Recorded recorded = new CallerRegistration.Recorded(claims, List.of("Operador"), at);
        assertTrue(recorded.current(claims, List.of("Operador"), at.plusSeconds(299)));
        assertFalse(recorded.current(claims, List.of("Operador"), at.plusSeconds(300)));
        assertFalse(recorded.current(claims, List.of("Operador", "Jefe"), at.plusSeconds(1)));
        assertFalse(recorded.current(new IdentityClaims("Bot", null, List.of("/Instituciones/AGETIC/UIT")),
                List.of("Operador"), at.plusSeconds(1)));
    }
}
