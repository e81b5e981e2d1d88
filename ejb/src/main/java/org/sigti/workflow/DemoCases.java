package org.sigti.workflow;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.procedure.support.S04030105;
import org.sigti.procedure.support.S04030402;
import org.sigti.procedure.support.SepremDi0081;
import org.sigti.procedure.support.UgatAitPr01;
import org.sigti.security.Roles;

/**
 * The demo cases of the run command ({@code SIGTI_DEMO_DATA=true}), filed through the kernel itself so that their
 * inbox rows and audit chains are real ones: one case waiting at the first desk of each support procedure. Runs
 * once, on an empty case table, right after the schema migration.
 */
@Stateless
@PermitAll // start-up work of the demo installation only, called by DatabaseMigration; no caller identity involved
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseEngine engine;

    public void seedIfEmpty() {
        if (!em.createQuery("select c.id from WorkCase c", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Actor maria = new Actor("solicitante", "María Gutiérrez Peña", "solicitante@sigti.example",
                List.of(Roles.SOLICITANTE), "RRHH");
        Actor rosa = new Actor("tecnico", "Rosa Condori Vargas", "tecnico@sigti.example",
                List.of(Roles.TECNICO, Roles.SOLICITANTE), "UIT");
        engine.start(UgatAitPr01.CODE, maria, new NewCase("La impresora del piso 3 no imprime",
                "La impresora HP del piso 3 muestra \"atasco de papel\" sin papel atascado.", "REPARACION_EQUIPO",
                NewCase.CHANNEL_PORTAL, null, "70012345", null), null);
        engine.start(SepremDi0081.CODE, maria, new NewCase("Sin acceso a la carpeta compartida de planillas",
                "Desde el lunes no puedo abrir \\\\archivos\\planillas.", "ACCESO_SISTEMA", NewCase.CHANNEL_PORTAL,
                null, null, null), null);
        engine.start(S04030402.CODE, maria, new NewCase("Instalar lector de firma digital",
                "Necesito el token de firma digital instalado en mi equipo nuevo.", "INSTALACION_SOFTWARE",
                NewCase.CHANNEL_PORTAL, null, null, null), null);
        engine.start(S04030105.CODE, rosa, new NewCase("Alerta: disco al 95 % en el servidor de correo",
                "La herramienta de monitoreo alerta espacio en disco crítico en el servidor de correo.", null,
                "MONITORING", null, null, null), null);
        LOG.info("SIGTI demo: 4 cases filed, one at the first desk of each support procedure");
    }
}
