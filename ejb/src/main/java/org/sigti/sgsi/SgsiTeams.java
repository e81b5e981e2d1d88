package org.sigti.sgsi;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The register's fixed facts: MINDEF keeps it, the OGTIE teams that own documents (the manual's footnote 1:
 * innovación tecnológica, infraestructura tecnológica, ciberseguridad, estadística) and the format of a code and a
 * version label.
 */
public final class SgsiTeams {

    /** The institution whose manual (S04.01.00.03) keeps the register. */
    public static final String INSTITUTION = "MINDEF";
    /** The Especialista de Seguridad de la Información's unit and queue. */
    public static final String SPECIALIST = "SGSI";
    /** The OGTIE teams whose coordinators own SGSI documents. */
    public static final List<String> TEAMS = List.of("INFRA", "INNOV", "CIBER", "ESTAD");

    /** SGSI-FOR-026: "SGSI", a kind of two to five letters (FOR, POL, PRO, REG…), three digits. */
    private static final Pattern CODE = Pattern.compile("SGSI-[A-Z]{2,5}-\\d{3}");
    /** 1, 1.0, 2.1.3: numbers separated by dots. */
    private static final Pattern VERSION = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,2}");

    private SgsiTeams() {
    }

    /** The code as stored (trimmed, upper case), or null when it is not of the register's format. */
    public static String code(String given) {
        if (given == null) {
            return null;
        }
        String c = given.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(c).matches() ? c : null;
    }

    /** The version label as stored, or null when it is not numbers separated by dots. */
    public static String version(String given) {
        if (given == null) {
            return null;
        }
        String v = given.strip();
        return VERSION.matcher(v).matches() ? v : null;
    }

    public static boolean isTeam(String code) {
        return code != null && TEAMS.contains(code);
    }
}
