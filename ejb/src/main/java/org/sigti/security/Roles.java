package org.sigti.security;

import java.util.List;

/**
 * The realm roles of SIGTI, spelled exactly as in the Keycloak realm ({@code wildfly-config/keycloak}) so that
 * they map straight onto {@code @RolesAllowed}. Names are ASCII; the screens show the accented labels
 * ({@code Técnico}) from the bundle. How each role of the manuals maps onto these: procedures.md §S1.
 */
public final class Roles {

    /** Head of the IT office: routes, approves, signs. */
    public static final String JEFE = "Jefe";
    /** Team or department head: instructs, reviews, consolidates. */
    public static final String RESPONSABLE = "Responsable";
    /** Performer: executes the technical work. */
    public static final String TECNICO = "Tecnico";
    /** Intake desk: receives, registers, assigns, notifies, closes. */
    public static final String OPERADOR = "Operador";
    /** Any employee who asks the IT office for something. */
    public static final String SOLICITANTE = "Solicitante";
    /** Reads everything, writes nothing. */
    public static final String AUDITOR = "Auditor";

    /** Every role, in the order of the hierarchy. */
    public static final List<String> ALL = List.of(JEFE, RESPONSABLE, TECNICO, OPERADOR, SOLICITANTE, AUDITOR);

    /** The roles inside the IT office. */
    public static final List<String> IT_STAFF = List.of(JEFE, RESPONSABLE, TECNICO, OPERADOR);

    private Roles() {
    }
}
