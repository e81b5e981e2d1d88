package org.sigti.workflow;

import jakarta.annotation.security.RolesAllowed;

import org.sigti.security.Roles;

/**
 * The base of every procedure's EJB: its behaviour is the hooks bound to its steps in its declaration
 * ({@link org.sigti.workflow.flow.ProcedureDefinition.StepBuilder#onComplete}), and this class runs them, on the EJB
 * itself, so that the hooks use the EJB's injected modules. A subclass declares {@code definition()}, its hooks and
 * its own {@code @RolesAllowed}; it must also name {@link ProcedureFlow} in its {@code implements} clause, because an
 * EJB does not inherit its superclass's business interfaces. {@link #onTransition} is not final: the kernel calls it
 * through a proxy of the EJB, and a final method would run on the proxy itself, without the bean's injections.
 */
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public abstract class DeclaredProcedure implements ProcedureFlow {

    @Override
    public void onTransition(Transition transition) {
        definition().run(this, transition);
    }
}
