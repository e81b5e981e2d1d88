package org.sigti.procedure.support;

import java.util.List;

import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.StepHook;
import org.sigti.workflow.flow.Text;

/** The values the support procedures record, shared so that every procedure names them alike. */
final class SupportFields {

    /**
     * The AIT's closing steps that PR02 (6–9) and PR03 (4–7) share word for word: the operator reviews the knowledge
     * base, routes the solution to the supervisor and notifies the user; the supervisor reviews and closes.
     */
    static <P> ProcedureDefinition.Builder<P> aitClosing(ProcedureDefinition.Builder<P> b, String kb,
            StepHook<? super P> recordArticle, String notify, String review, String close) {
        return b.step(kb, Text.of("Revisar y actualizar la base de conocimiento", "Review and update the knowledge base"))
                .by(Roles.OPERADOR, "AIT").output("Progreso del documento (Flujo)").field(KB_TITLE)
                .onComplete(recordArticle, KB_TITLE, SOLUTION).next(notify)
            .step(notify, Text.of("Derivar la solución al supervisor y notificar al usuario",
                    "Route the solution to the supervisor and notify the user")).by(Roles.OPERADOR, "AIT")
                .output("Progreso del documento (Flujo)").nextNotifying(review)
            .step(review, Text.of("Revisar la solución derivada", "Review the routed solution"))
                .by(Roles.RESPONSABLE, "AIT").output("Progreso del documento (Flujo)").next(close)
            .step(close, Text.of("Cerrar el caso", "Close the case")).by(Roles.RESPONSABLE, "AIT")
                .output("Cierre del problema en OsTicket")
                .end("cerrar", Text.of("Cerrar el caso", "Close the case"), "SOLVED").then();
    }

    private SupportFields() {
    }

    static final List<Option> LEVELS = List.of(new Option("ALTA", Text.of("Alta", "High")),
            new Option("MEDIA", Text.of("Media", "Medium")), new Option("BAJA", Text.of("Baja", "Low")));

    static final FieldDefinition IMPACT = FieldDefinition.choice("impacto", Text.of("Impacto", "Impact"), true,
            LEVELS);

    static final FieldDefinition URGENCY = FieldDefinition.choice("urgencia", Text.of("Urgencia", "Urgency"), true,
            LEVELS);

    static final FieldDefinition ESTIMATE = FieldDefinition.hours("estimacion_horas",
            Text.of("Tiempo estimado de solución (horas)", "Estimated time to solve (hours)"), true);

    /** The solution: what the requester is told (each support procedure declares it with {@code solutionIn}). */
    static final FieldDefinition SOLUTION = FieldDefinition.longText("solucion", Text.of("Solución", "Solution"),
            true);

    /** The solution where a step may leave it blank (the same value as {@link #SOLUTION}). */
    static final FieldDefinition OPTIONAL_SOLUTION = FieldDefinition.longText(SOLUTION.name(), SOLUTION.label(),
            false);

    static FieldDefinition analysis(String name, String es, String en) {
        return FieldDefinition.longText(name, Text.of(es, en), true);
    }

    static final FieldDefinition KB_TITLE = FieldDefinition.text("kb_titulo", Text.of("Título del artículo de la"
            + " base de conocimiento (vacío si el caso ya está registrado)",
            "Knowledge-base article title (empty if already there)"), false);

    static FieldDefinition team(String name, boolean required, String... queues) {
        List<Option> options = java.util.Arrays.stream(queues).map(q -> new Option(q, Text.of(teamName(q),
                teamName(q)))).toList();
        return FieldDefinition.choice(name, Text.of("Equipo de la OGTIE", "OGTIE team"), required, options);
    }

    private static String teamName(String queue) {
        return switch (queue) {
            case "INFRA" -> "Infraestructura tecnológica";
            case "INNOV" -> "Innovación tecnológica";
            case "CIBER" -> "Ciberseguridad";
            case "ESTAD" -> "Estadística";
            default -> queue;
        };
    }
}
