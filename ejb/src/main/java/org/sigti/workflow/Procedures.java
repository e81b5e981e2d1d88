package org.sigti.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * The procedures that run in this deployment: every EJB that implements {@link ProcedureFlow}, found by CDI, by code.
 * Checks once that every jump (⇒) leads to a declared procedure and step.
 */
@ApplicationScoped
public class Procedures {

    @Inject
    @Any
    Instance<ProcedureFlow> flows;

    private volatile Map<String, ProcedureFlow> byCode;

    private Map<String, ProcedureFlow> byCode() {
        Map<String, ProcedureFlow> map = byCode;
        if (map == null) {
            map = flows.stream().collect(Collectors.toUnmodifiableMap(f -> f.definition().code(),
                    Function.identity()));
            checkJumps(map);
            checkLinks(map);
            byCode = map;
        }
        return map;
    }

    private static void checkJumps(Map<String, ProcedureFlow> map) {
        map.values().forEach(flow -> flow.definition().steps().forEach(step -> step.outcomes().stream()
                .filter(o -> o.jumps())
                .forEach(o -> {
                    ProcedureFlow target = map.get(o.targetProcedure());
                    if (target == null || target.definition().step(o.targets().get(0)).isEmpty()) {
                        throw new IllegalStateException(flow.definition().code() + " step " + step.code()
                                + " jumps to undeclared " + o.targetProcedure() + " " + o.targets());
                    }
                })));
    }

    /**
     * Every linked case a step opens (⇲) is of a declared procedure, and every step that waits on one waits for a
     * step that procedure declares. Each waiting step's key was opened by an earlier step (checked by the declaration).
     */
    static void checkLinks(Map<String, ProcedureFlow> map) {
        for (ProcedureFlow flow : map.values()) {
            ProcedureDefinition def = flow.definition();
            Map<String, String> procedureByKey = new java.util.HashMap<>();
            for (org.sigti.workflow.flow.StepDefinition step : def.steps()) {
                step.awaits().ifPresent(wait -> {
                    ProcedureFlow child = map.get(procedureByKey.get(wait.key()));
                    if (child != null && wait.childStep() != null
                            && child.definition().step(wait.childStep()).isEmpty()) {
                        throw new IllegalStateException(def.code() + " step " + step.code() + " awaits step "
                                + wait.childStep() + " of " + child.definition().code()
                                + ", which it does not declare");
                    }
                });
                step.opens().ifPresent(child -> {
                    if (!map.containsKey(child.procedure())) {
                        throw new IllegalStateException(def.code() + " step " + step.code() + " opens a case of"
                                + " undeclared procedure " + child.procedure());
                    }
                    procedureByKey.put(child.key(), child.procedure());
                });
            }
        }
    }

    public Optional<ProcedureFlow> flow(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    public ProcedureDefinition definition(String code) {
        return flow(code).map(ProcedureFlow::definition)
                .orElseThrow(() -> new WorkflowException("workflow.procedure.unknown", String.valueOf(code)));
    }

    /** Every runnable procedure, by code. */
    public List<ProcedureDefinition> all() {
        return byCode().values().stream().map(ProcedureFlow::definition)
                .sorted(Comparator.comparing(ProcedureDefinition::code)).toList();
    }
}
