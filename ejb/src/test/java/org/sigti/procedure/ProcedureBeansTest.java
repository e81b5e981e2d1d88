package org.sigti.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * Every procedure's EJB is declared the same way: it extends {@link DeclaredProcedure} (its behaviour is the hooks
 * bound in its declaration, never its own {@code onTransition}), names {@link ProcedureFlow} itself (an EJB does not
 * inherit business interfaces), and its declaration builds, which checks every hook's step, way out and fields.
 */
class ProcedureBeansTest {

    private static List<Class<?>> beans() {
        Path root = Path.of("target/classes/org/sigti/procedure");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = Path.of("target/classes").relativize(f).toString().replace('/', '.')
                        .replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name);
                if (c.isAnnotationPresent(Stateless.class) && ProcedureFlow.class.isAssignableFrom(c)) {
                    found.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    @Test
    void every_procedure_is_declared_and_runs_its_hooks_through_the_declaration() throws Exception {
        List<Class<?>> beans = beans();
        assertTrue(beans.size() >= 26, () -> "only " + beans.size() + " procedure EJBs found");
        List<String> wrong = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!DeclaredProcedure.class.isAssignableFrom(bean) || Modifier.isAbstract(bean.getModifiers())) {
                wrong.add(bean.getSimpleName() + " does not extend DeclaredProcedure");
            }
            if (!List.of(bean.getInterfaces()).contains(ProcedureFlow.class)) {
                wrong.add(bean.getSimpleName() + " does not name ProcedureFlow in its implements clause");
            }
            try {
                bean.getDeclaredMethod("onTransition", org.sigti.workflow.Transition.class);
                wrong.add(bean.getSimpleName() + " overrides onTransition");
            } catch (NoSuchMethodException expected) {
                // the hooks are bound in the declaration
            }
            var flow = bean.getDeclaredField("FLOW");
            flow.setAccessible(true);
            ProcedureDefinition def = (ProcedureDefinition) flow.get(null);
            def.bindings().forEach(b -> { });
        }
        assertEquals(List.of(), wrong);
    }

    /** The kernel calls onTransition through the EJB's proxy: a final method would run on the proxy, uninjected. */
    @Test
    void the_base_lets_the_proxy_delegate() throws Exception {
        assertTrue(!Modifier.isFinal(DeclaredProcedure.class.getMethod("onTransition",
                org.sigti.workflow.Transition.class).getModifiers()));
    }
}
