package org.sigti.document;

/**
 * A kind of document SIGTI issues and numbers on its own sequence per year, as {@code <prefix>-<year>-<6 digits>}:
 * {@code R1-2026-000012}. The names are the documents' names in the manuals (procedures.md §F1).
 */
public enum DocumentType {

    /** DGP/ESIN-R-1, Anexo 1 of DPG/ESIN-PRO-5. */
    SUPPORT_FORM("R1", "Formulario de soporte técnico"),
    /** The record of a closed case: data, solution and history. */
    CLOSING_RECORD("CIE", "Registro de cierre del caso"),
    /** SEPREM-DI-008.1, step 8: the slip the user signs when the service is delivered. */
    SERVICE_SLIP("BOL", "Boleta de entrega de servicio"),
    /** SEPREM-DI-002.1, steps 4 and 5: the form the user signs for the license or service delivered. */
    LICENSE_FORM("FCL", "Formulario de control y aceptación del licenciamiento o servicio"),
    /** S04.03.04.01, steps 8 and 9: the acta the user signs for the digital-certificate devices. */
    CERT_DEVICE_ACTA("ADC", "Acta de entrega de dispositivos"),
    /** S04.03.03.02, steps 13 and 14: the acta the user signs for the phones delivered. */
    PHONE_ACTA("AET", "Acta de entrega de equipos telefónicos – OGTIE");

    /** The first and the last year a number can carry (four digits). */
    public static final int MIN_YEAR = 1000;
    public static final int MAX_YEAR = 9999;

    private final String prefix;
    private final String spanishName;

    DocumentType(String prefix, String spanishName) {
        this.prefix = prefix;
        this.spanishName = spanishName;
    }

    public String prefix() {
        return prefix;
    }

    /** The document's name as the manuals and the printed document spell it. */
    public String spanishName() {
        return spanishName;
    }

    /**
     * The document number for a sequence value: {@code number(2026, 12)} of {@link #SUPPORT_FORM} is
     * {@code R1-2026-000012}. Past 999999 the number simply gets longer.
     */
    public String number(int year, long sequence) {
        checkYear(year);
        if (sequence < 1) {
            throw new IllegalArgumentException("Sequence must be positive: " + sequence);
        }
        return String.format("%s-%04d-%06d", prefix, year, sequence);
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("Year must have four digits: " + year);
        }
    }
}
