package org.sigti.web.admin;

import jakarta.faces.context.FacesContext;

import org.sigti.web.faces.Messages;

/**
 * The administration screens' names for {@link Messages}, the one way screens post messages: a problem reported by a
 * service is an enum value (key {@code <EnumClass>.<VALUE>}) with arguments, shown as {@link Messages} shows them
 * (enum values by their own keys, dates as dd/MM/yyyy).
 */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    /** An error message for the problem, and the request marked as failed (nothing was changed). */
    public static void error(Enum<?> problem, Object... arguments) {
        Messages.error(key(problem), arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The problem said in the view's language, for a page that shows it beside a field rather than on top. */
    public static String text(Enum<?> problem, Object... arguments) {
        return Messages.text(key(problem), arguments);
    }

    /** An information message from a key, its arguments formatted as for a problem. */
    public static void info(String key, Object... arguments) {
        Messages.info(key, arguments);
    }

    /** A warning from a key: what was asked was done, and found something wrong. */
    public static void warn(String key, Object... arguments) {
        Messages.warn(key, arguments);
    }

    private static String key(Enum<?> constant) {
        return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
}
