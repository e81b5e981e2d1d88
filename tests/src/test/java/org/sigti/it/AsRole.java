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
    /** Where {@link AsRrhh} is: Human Resources, outside IT. */
    public static final String RRHH = "java:app/" + MODULE + "/AsRrhh";
    /** Where {@link AsJefeDp} is: the Jefe of the Defensoría del Pueblo. */
    public static final String JEFE_DP = "java:app/" + MODULE + "/AsJefeDp";
    /** Where {@link AsJefeSeprem} is: the Jefe of SEPREM. */
    public static final String JEFE_SEPREM = "java:app/" + MODULE + "/AsJefeSeprem";
    /** Where {@link AsJefeMindef} is: the Jefe of MINDEF. */
    public static final String JEFE_MINDEF = "java:app/" + MODULE + "/AsJefeMindef";

    /** The system property that names the installation's default institution (SIGTI's {@code Institutions}). */
    public static final String DEFAULT_INSTITUTION = "sigti.default-institution";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    /** Guards the calls of {@link #callIn} that overlap (work on several threads, a timer's work). */
    private static final Object IN = new Object();
    /** How many calls of {@link #callIn} are running, the institution they name and what the property was before. */
    private static int running;
    private static String institutionIn;
    private static String before;

    /**
     * As {@link #call}, the caller being of {@code institution}: the run-as caller is the anonymous principal, without
     * a profile, so it belongs to the installation's default institution, which is {@code institution} for the call.
     * Calls may overlap (a test's threads) when they name the same institution; the first one in sets the property and
     * the last one out puts back what was there.
     *
     * @throws IllegalStateException when a call naming another institution is running
     */
    public <T> T callIn(String institution, Callable<T> work) throws Exception {
        synchronized (IN) {
            if (running == 0) {
                before = System.getProperty(DEFAULT_INSTITUTION);
                institutionIn = institution;
                System.setProperty(DEFAULT_INSTITUTION, institution);
            } else if (!institution.equals(institutionIn)) {
                throw new IllegalStateException("callIn(" + institution + ") while callIn(" + institutionIn
                        + ") runs: one institution at a time");
            }
            running++;
        }
        try {
            return work.call();
        } finally {
            synchronized (IN) {
                if (--running == 0) {
                    if (before == null) {
                        System.clearProperty(DEFAULT_INSTITUTION);
                    } else {
                        System.setProperty(DEFAULT_INSTITUTION, before);
                    }
                    institutionIn = null;
                }
            }
        }
    }
}
