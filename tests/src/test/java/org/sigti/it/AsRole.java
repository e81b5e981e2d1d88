package org.sigti.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;

/**
 * For in-container tests deployed with {@link Sigti#earWithProbe}: a bean of a subclass, annotated with
 * {@code @RunAs}, runs the given work in a transaction of its own as a caller in that role, so the SIGTI services
 * the work calls see the role. Inject them with {@code @EJB(lookup = AsRole.TECNICO)}.
 */
@PermitAll // on the class that declares call(): a subclass's class-level annotation does not cover inherited methods
public abstract class AsRole {

    /** The EAR module that holds these beans. */
    public static final String MODULE = "probe-roles";
    /** Where {@link AsTecnico} is. */
    public static final String TECNICO = "java:app/" + MODULE + "/AsTecnico";
    /** Where {@link AsAuditor} is. */
    public static final String AUDITOR = "java:app/" + MODULE + "/AsAuditor";
    public static final String JEFE = "java:app/" + MODULE + "/AsJefe";
    public static final String RESPONSABLE = "java:app/" + MODULE + "/AsResponsable";
    public static final String OPERADOR = "java:app/" + MODULE + "/AsOperador";
    public static final String SOLICITANTE = "java:app/" + MODULE + "/AsSolicitante";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
