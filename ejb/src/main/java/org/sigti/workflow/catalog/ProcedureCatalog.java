package org.sigti.workflow.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sigti.workflow.flow.Text;

/**
 * The 40 procedures of the five seed manuals, in the order of procedures.md (parts A–E): code and Spanish name as
 * each manual writes them, an English name, the institution, the manual (§0.1) and the section. Constant data:
 * whether a procedure runs in SIGTI is not decided here but by the deployed flows ({@link CatalogQueries}).
 */
public final class ProcedureCatalog {

    public static final String DP = "Defensoría del Pueblo (Bolivia)";
    public static final String AGETIC = "AGETIC (Bolivia)";
    public static final String SEPREM = "SEPREM (Guatemala)";
    public static final String MINDEF = "MINDEF (Perú)";

    /** The institutions, in the order of the seeds. */
    public static final List<String> INSTITUTIONS = List.of(DP, AGETIC, SEPREM, MINDEF);

    static final Manual DP_PRO5 = new Manual("DPG/ESIN-PRO-5", "Procedimiento Mantenimiento de Sistemas", "1",
            "Defensor del Pueblo, vigente desde el 25 SEP 2025");
    static final Manual UIT_M01 = new Manual("UIT/ASS-M01", "Manual de Procedimientos de Puesta en Producción y"
            + " Actualización de Sistemas y/o Servicios de Soluciones Tecnológicas", "1",
            "R.A. AGETIC/RA/0085/2022 (19/07/2022)");
    static final Manual SEPREM_DI = new Manual("SEPREM-DI-001…008",
            "Manual de Normas y Procedimientos, Dirección de Informática", "2.ª edición (diciembre de 2023)",
            "Acuerdo Interno DI-SEPREM-067-2023 (28/12/2023)");
    static final Manual UGAT_M01 = new Manual("UGAT/AIT-M01", "Manual de Procedimientos para la Atención al Usuario"
            + " respecto a Incidentes de Soporte Técnico", "0", "R.A. AGETIC/RA/0053/2022 (17/06/2022)");
    static final Manual MAPRO_S04 = new Manual("S04", "Manual de Procedimientos (MAPRO) del Proceso de Soporte S04"
            + " Gestión de tecnologías de la información", "01", "Resolución Ministerial (31/01/2025)");

    private static final Map<String, CatalogEntry> BY_CODE = new LinkedHashMap<>();

    static {
        // Part A: Defensoría del Pueblo
        add("A1", "DPG/ESIN-PRO-5", DP, DP_PRO5, "Mantenimiento de Sistemas", "Systems maintenance");
        // Part B: AGETIC, UIT
        add("B1", "UIT/ASS-PR01", AGETIC, UIT_M01, "Procedimiento para la puesta en producción de sistemas en la"
                + " AGETIC", "Putting systems into production at AGETIC");
        add("B2", "UIT/ASS-PR02", AGETIC, UIT_M01, "Procedimiento para la actualización de sistemas en producción de"
                + " la AGETIC", "Updating systems in production at AGETIC");
        // Part C: SEPREM
        add("C1", "SEPREM-DI-001.1", SEPREM, SEPREM_DI, "Altas y bajas de usuarios",
                "User accounts: creation and removal");
        add("C2", "SEPREM-DI-002.1", SEPREM, SEPREM_DI, "Administración y Asignación de Licenciamiento",
                "License administration and assignment");
        add("C3", "SEPREM-DI-003.1", SEPREM, SEPREM_DI, "Desarrollo de sistemas nuevos", "Development of new systems");
        add("C4", "SEPREM-DI-003.2", SEPREM, SEPREM_DI, "Mantenimiento de sistemas existentes",
                "Maintenance of existing systems");
        add("C5", "SEPREM-DI-004.1", SEPREM, SEPREM_DI, "Emisión de Dictamen Técnico",
                "Issuing a Dictamen Técnico (technical opinion)");
        add("C6", "SEPREM-DI-005.1", SEPREM, SEPREM_DI, "Renovación de Licencias y/o Servicios",
                "Renewal of licenses and/or services");
        add("C7", "SEPREM-DI-006.1", SEPREM, SEPREM_DI, "Mantenimiento a equipo de cómputo",
                "Computer equipment maintenance");
        add("C8", "SEPREM-DI-007.1", SEPREM, SEPREM_DI, "Actualización de sitio o aplicación web institucional",
                "Updating the institutional website or web application");
        add("C9", "SEPREM-DI-008.1", SEPREM, SEPREM_DI, "Soporte técnico a usuarios", "Technical support to users");
        add("C10", "SEPREM-DI-008.2", SEPREM, SEPREM_DI, "Copia de respaldo de bases de datos", "Database backups");
        add("C11", "SEPREM-DI-008.3", SEPREM, SEPREM_DI, "Copia de respaldo de Infraestructura",
                "Infrastructure backups");
        // Part D: AGETIC, UGAT
        add("D1", "UGAT/AIT-PR01", AGETIC, UGAT_M01, "Procedimiento para la atención general al usuario respecto a"
                + " incidentes de soporte técnico gestionados enteramente por el personal de soporte",
                "Support incidents handled entirely by the support staff");
        add("D2", "UGAT/AIT-PR02", AGETIC, UGAT_M01, "Procedimiento para la atención general al usuario respecto a"
                + " incidentes de soporte técnico con el apoyo de la Unidad de Infraestructura Tecnológica (UIT), la"
                + " Unidad de Producción y Actualización Tecnológica (UPAT) y el Área Centro de Gestión de Incidentes"
                + " Informáticos (ACGII)", "Support incidents with the help of UIT, UPAT and ACGII");
        add("D3", "UGAT/AIT-PR03", AGETIC, UGAT_M01, "Procedimiento para la atención general al usuario respecto a"
                + " incidentes de soporte técnico con el apoyo del Área de Diseño Tecnológico (ADIT)",
                "Support incidents with the help of the technological design area (ADIT)");
        // Part E: MINDEF
        add("E1", "S04.01.00.01", MINDEF, MAPRO_S04, "Formulación del Plan de Gobierno Digital del MINDEF",
                "Formulating MINDEF's Digital Government Plan");
        add("E2", "S04.01.00.02", MINDEF, MAPRO_S04, "Seguimiento de la implementación del Plan de Gobierno Digital"
                + " del MINDEF", "Monitoring the implementation of MINDEF's Digital Government Plan");
        add("E3", "S04.01.00.03", MINDEF, MAPRO_S04, "Gestión de la seguridad de la información",
                "Information security management");
        add("E4", "S04.02.00.01", MINDEF, MAPRO_S04, "Desarrollo, implementación y puesta en producción de sistemas"
                + " de información del MINDEF", "Developing, implementing and deploying MINDEF's information systems");
        add("E5", "S04.02.00.02", MINDEF, MAPRO_S04, "Mantenimiento de sistemas informáticos",
                "Information systems maintenance");
        add("E6", "S04.02.00.03", MINDEF, MAPRO_S04, "Bajas de sistemas de información desarrollados en el MINDEF",
                "Retiring information systems developed at MINDEF");
        add("E7", "S04.03.01.01", MINDEF, MAPRO_S04, "Creación y modificación de cuentas, accesos y privilegios",
                "Creating and changing accounts, access and privileges");
        add("E8", "S04.03.01.02", MINDEF, MAPRO_S04, "Eliminación de cuentas, accesos y privilegios",
                "Removing accounts, access and privileges");
        add("E9", "S04.03.01.03", MINDEF, MAPRO_S04, "Control de accesos al centro de datos de personal del MINDEF,"
                + " proveedores y visitantes", "Data-center access control for MINDEF staff, vendors and visitors");
        add("E10", "S04.03.01.04", MINDEF, MAPRO_S04, "Administración de eventos y log de sistemas",
                "Managing system events and logs");
        add("E11", "S04.03.01.05", MINDEF, MAPRO_S04, "Análisis de incidentes de infraestructura tecnológica",
                "Infrastructure incident analysis");
        add("E12", "S04.03.02.01", MINDEF, MAPRO_S04, "Generación de copias de respaldo de la información",
                "Backing up information");
        add("E13", "S04.03.02.02", MINDEF, MAPRO_S04, "Atención de requerimiento de copia de restauración de"
                + " información", "Handling requests to restore information from backups");
        add("E14", "S04.03.03.01", MINDEF, MAPRO_S04, "Generación de respaldo de configuración de equipos de"
                + " conmutación y de configuración de central telefónica del MINDEF",
                "Backing up the configuration of MINDEF's switching equipment and telephone exchange");
        add("E15", "S04.03.03.02", MINDEF, MAPRO_S04, "Atención de requerimientos de equipos telefónicos",
                "Handling telephone equipment requests");
        add("E16", "S04.03.04.01", MINDEF, MAPRO_S04, "Entrega y recepción de dispositivos para el uso del"
                + " certificado digital", "Handing over and receiving digital-certificate devices");
        add("E17", "S04.03.04.02", MINDEF, MAPRO_S04, "Atención de requerimientos de soporte técnico",
                "Handling technical-support requests");
        add("E18", "S04.03.04.03", MINDEF, MAPRO_S04, "Ejecución del mantenimiento preventivo y/o correctivo de"
                + " equipos de cómputo e Impresoras", "Preventive and/or corrective maintenance of computers and"
                + " printers");
        add("E19", "S04.04.00.01", MINDEF, MAPRO_S04, "Administración de plataformas de seguridad informática",
                "Administering security platforms");
        add("E20", "S04.04.00.02", MINDEF, MAPRO_S04, "Contención de ataques SPAM y/o PHISHING",
                "Containing spam and/or phishing attacks");
        add("E21", "S04.04.00.03", MINDEF, MAPRO_S04, "Gestión de incidentes de seguridad informática",
                "Information security incident management");
        add("E22", "S04.05.00.01", MINDEF, MAPRO_S04, "Producción y difusión de la información estadística del"
                + " Sector Defensa", "Producing and publishing the Defence Sector's statistics");
        add("E23", "S04.05.00.02", MINDEF, MAPRO_S04, "Atención a las necesidades de información estadística de las"
                + " unidades de organización del MINDEF", "Meeting the statistical needs of MINDEF's units");
    }

    private ProcedureCatalog() {
    }

    private static void add(String section, String code, String institution, Manual manual, String es, String en) {
        if (BY_CODE.put(code, new CatalogEntry(code, institution, manual, Text.of(es, en), section)) != null) {
            throw new IllegalStateException("procedure " + code + " catalogued twice");
        }
    }

    /** Every procedure, in the order of procedures.md. */
    public static List<CatalogEntry> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<CatalogEntry> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}
