package org.sigti.document;

/**
 * The nine request types of the Formulario de soporte técnico (DGP/ESIN-R-1, "Marque con una X"), in the order and
 * the wording of the form (procedures.md §A1).
 */
public enum SupportRequestType {

    NUEVO_SISTEMA("Solicitud de nuevo sistema informático"),
    MODIFICAR_SISTEMA("Solicitud para modificar o mejorar el sistema"),
    ACCESO_SISTEMA("Problema de acceso al sistema"),
    REPARACION_EQUIPO("Reparación y mantenimiento de equipo"),
    INSTALACION_SOFTWARE("Instalación de software"),
    CONFIGURACION_SOFTWARE("Configuración del software"),
    PUNTO_RED("Nuevo punto o previsión de red"),
    ASISTENCIA_SOFTWARE("Asistencia técnica en software"),
    ANALISIS_SISTEMAS("Asistencia de análisis de sistemas");

    private final String label;

    SupportRequestType(String label) {
        this.label = label;
    }

    /** The wording printed on the form. */
    public String label() {
        return label;
    }
}
