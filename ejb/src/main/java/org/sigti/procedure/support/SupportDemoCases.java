package org.sigti.procedure.support;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sigti.security.Roles;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.DemoData;
import org.sigti.workflow.NewCase;

/**
 * The support procedures' demo cases (README: "Four demo cases wait at the first desk of the support procedures"),
 * filed in this order (SOL-…-1 to 4) by two demo users: UGAT/AIT-PR01, SEPREM-DI-008.1, S04.03.04.02 and
 * S04.03.01.05. Their start steps have no side effects.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SupportDemoCases {

    @Inject
    CaseEngine engine;

    void file(@Observes DemoData demo) {
        Actor maria = new Actor("solicitante", "María Gutiérrez Peña", "solicitante@sigti.example",
                List.of(Roles.SOLICITANTE), "RRHH");
        Actor raul = new Actor("solicitante.seprem", "Raúl Gutiérrez León", "solicitante.seprem@sigti.example",
                List.of(Roles.SOLICITANTE), "DAF", "SEPREM");
        Actor norma = new Actor("solicitante.mindef", "Norma Benítez Arce", "solicitante.mindef@sigti.example",
                List.of(Roles.SOLICITANTE), "DGA", "MINDEF");
        Actor andres = new Actor("tecnico.infra", "Andrés Molina Cabrera", "tecnico.infra@sigti.example",
                List.of(Roles.TECNICO, Roles.SOLICITANTE), "INFRA", "MINDEF");
        engine.start(UgatAitPr01.CODE, maria, new NewCase("La impresora del piso 3 no imprime",
                "La impresora HP del piso 3 muestra \"atasco de papel\" sin papel atascado.", "REPARACION_EQUIPO",
                NewCase.CHANNEL_PORTAL, null, "70012345", null), null);
        engine.start(SepremDi0081.CODE, raul, new NewCase("Sin acceso a la carpeta compartida de planillas",
                "Desde el lunes no puedo abrir \\\\archivos\\planillas.", "ACCESO_SISTEMA", NewCase.CHANNEL_PORTAL,
                null, null, null), null);
        engine.start(S04030402.CODE, norma, new NewCase("Instalar lector de firma digital",
                "Necesito el token de firma digital instalado en mi equipo nuevo.", "INSTALACION_SOFTWARE",
                NewCase.CHANNEL_PORTAL, null, null, null), null);
        engine.start(S04030105.CODE, andres, new NewCase("Alerta: disco al 95 % en el servidor de correo",
                "La herramienta de monitoreo alerta espacio en disco crítico en el servidor de correo.", null,
                "MONITORING", null, null, null), null);
        demo.filed(4);
    }
}
