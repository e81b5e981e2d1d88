package org.sigti.it;

import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;

/**
 * Work run as the Jefe of an institution other than the default one (see {@link AsRole}): a subclass names a test
 * person of that institution's head unit, whom {@code META-INF/jboss-ejb3.xml} of the {@value AsRole#MODULE} jar makes
 * the run-as principal, so SIGTI's services see that person (their institution and unit come from the profile this
 * bean makes known before the work, as a login would) with the role Jefe.
 */
@PermitAll // call() is redeclared here: the class-level annotation of AsRole does not cover it
public abstract class AsInstitutionJefe extends AsRole {

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    /** The run-as principal, as jboss-ejb3.xml names it. */
    protected abstract String username();

    protected abstract String institution();

    /** The institution's IT head unit (its JEFATURA queue's). */
    protected abstract String unit();

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        new Sql(db).knownPerson(900_000_000_000L + Math.floorMod(username().hashCode(), 1_000_000), username(),
                "Jefe de prueba " + institution(), null, "Jefe", institution(), unit());
        return super.call(work);
    }
}
