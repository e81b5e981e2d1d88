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

    /**
     * The institution's authority: the Secretario(a) General, the Autoridad Superior, the "Director a cargo"
     * (procedures.md §S1.2): orders altas and bajas, authorizes uncommon privileges, announces high-level visits.
     */
    public static final String AUTORIDAD = "Autoridad";
    /**
     * The Director(a)/Jefe(a) of an organizational unit outside IT, also the owner of its systems: sends oficios,
     * signs actas de conformidad, arranges the work of its contractors.
     */
    public static final String DIRECTOR = "Director";
    /**
     * Human Resources (Dirección de Recursos Humanos; DIPEM, DIPEC, OGRH at MINDEF): the only filer, with the
     * authorities, of altas, bajas and cese alerts.
     */
    public static final String RRHH = "RRHH";
    /** A member of a committee (Comité de Gobierno Digital and its Secretaría técnica; sector committees). */
    public static final String COMITE = "Comite";

    /**
     * The statistical representative of an entity of the Sector Defensa (Ejército, Marina de Guerra, Fuerza Aérea,
     * CCFFAA…), titular or alterno, designated to the Comité de Coordinación Estadística (S04.05.00.01 steps 5–8;
     * procedures.md §S1.2 "Responsables de los Órganos Estadísticos", external data providers): sends the entity's
     * statistical tables on schedule (step 13, SIESDEF's part). A role of its own, outside {@link #ALL}: it is not
     * one of MINDEF's staff, so no procedure step, queue or register grants it anything; the statistics intake
     * ({@code org.sigti.statistics}) alone accepts it, scoped to the entity whose titular or alterno the user is.
     */
    public static final String REPRESENTANTE = "Representante";

    /** Every role: the IT office in the order of its hierarchy, the people outside IT, then everyone's roles. */
    public static final List<String> ALL = List.of(JEFE, RESPONSABLE, TECNICO, OPERADOR, AUTORIDAD, DIRECTOR, RRHH,
            COMITE, SOLICITANTE, AUDITOR);

    /** The roles inside the IT office. */
    public static final List<String> IT_STAFF = List.of(JEFE, RESPONSABLE, TECNICO, OPERADOR);

    /** The manuals' participants outside the IT office who act on their own steps (procedures.md §S1.2). */
    public static final List<String> OUTSIDE_IT = List.of(AUTORIDAD, DIRECTOR, RRHH, COMITE);

    /** The roles whose steps wait in a unit's queue: the IT office and the people outside IT. */
    public static final List<String> PERFORMERS = List.of(JEFE, RESPONSABLE, TECNICO, OPERADOR, AUTORIDAD, DIRECTOR,
            RRHH, COMITE);

    private Roles() {
    }
}
