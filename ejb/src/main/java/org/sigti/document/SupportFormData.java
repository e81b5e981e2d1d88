package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What the Formulario de soporte técnico (DGP/ESIN-R-1, Anexo 1 "Solicitud de soporte técnico" of DPG/ESIN-PRO-5)
 * shows. Only the letterhead and the document number are required; every other field may be null and then prints
 * blank, so a form can be printed before the work is done and completed by hand.
 *
 * @param letterhead     the institution's letterhead
 * @param formCode       the form's code; null means {@link #FORM_CODE}
 * @param documentNumber from {@code DocumentNumbers.next(series, year)}, e.g. R1-2026-000012
 * @param caseNumber     the case (request) the form belongs to
 * @param requesterName  the requester's full name
 * @param phone          the requester's mobile phone (NRO. TEL. CELULAR)
 * @param email          the requester's e-mail
 * @param unitName       the requesting unit
 * @param requestDate    FECHA DE SOLICITUD
 * @param requestType    the type marked with an X; null marks none
 * @param description    DESCRIPCIÓN DE LA SOLICITUD; any length, flows onto further pages
 * @param workPerformed  TRABAJO REALIZADO; any length
 * @param workDate       the date of the work performed
 * @param attendedBy     who attended the request (ATENDIDO POR)
 * @param authorizedBy   who authorized it (AUTORIZADO POR)
 * @param generatedAt    when SIGTI produced the document, printed in the footer
 * @param zone           the institution's time zone for {@code generatedAt}; null means UTC
 */
public record SupportFormData(Letterhead letterhead, String formCode, String documentNumber, String caseNumber,
        String requesterName, String phone, String email, String unitName, LocalDate requestDate,
        SupportRequestType requestType, String description, String workPerformed, LocalDate workDate,
        String attendedBy, String authorizedBy, Instant generatedAt, ZoneId zone) {

    /** The code of the form in the Defensoría del Pueblo's procedure. */
    public static final String FORM_CODE = "DGP/ESIN-R-1";
    /** The form's name in the manual. */
    public static final String FORM_NAME = "Formulario de soporte técnico";

    public SupportFormData {
        requireNonNull(letterhead, "Letterhead is required.");
        requireNonNull(documentNumber, "Document number is required.");
        formCode = formCode == null ? FORM_CODE : formCode;
        zone = zone == null ? ZoneOffset.UTC : zone;
    }
}
