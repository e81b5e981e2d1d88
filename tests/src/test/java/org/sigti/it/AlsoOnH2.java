package org.sigti.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that runs twice: in the integration suite on PostgreSQL, and in the H2 smoke suite (the failsafe execution
 * {@code h2-smoke}, on the embedded database a newcomer's {@code sigti run} uses). Put it on the tests of what differs
 * between the two databases (the datasource and its migrations, the lock timeout, searches, the numbering's locks)
 * and on the one walk that shows a procedure runs end to end on H2.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(AlsoOnH2.TAG)
public @interface AlsoOnH2 {

    /** The JUnit tag the {@code h2-smoke} execution selects ({@code <groups>} in tests/pom.xml). */
    String TAG = "h2";
}
