package org.sigti.workflow;

import java.io.Serializable;

/**
 * What a requester files: a title, a description, the request type of the Formulario de soporte técnico and the
 * channel. IT staff who register a case received by phone, e-mail or WhatsApp for someone else give that person's
 * name and e-mail ({@code onBehalfName}, {@code contactEmail}).
 */
public record NewCase(String title, String description, String requestType, String channel, String contactEmail,
        String contactPhone, String onBehalfName) implements Serializable {

    public static final String CHANNEL_PORTAL = "PORTAL";

    /** Cases SIGTI opens by the clock (schedules, semiannual plans, alerts); never offered to people filing. */
    public static final String CHANNEL_SCHEDULE = "SCHEDULE";

    /** The request types of the Formulario de soporte técnico ("Nueva solicitud", the REST API). */
    public static final java.util.List<String> REQUEST_TYPES = java.util.List.of("NUEVO_SISTEMA", "MODIFICAR_SISTEMA",
            "ACCESO_SISTEMA", "REPARACION_EQUIPO", "INSTALACION_SOFTWARE", "CONFIGURACION_SOFTWARE", "PUNTO_RED",
            "ASISTENCIA_SOFTWARE", "ANALISIS_SISTEMAS");

    /** The channels the manuals name. */
    public static final java.util.List<String> CHANNELS = java.util.List.of(CHANNEL_PORTAL, "EMAIL", "PHONE",
            "WHATSAPP", "IN_PERSON", "SUPERIOR", "MONITORING");
}
