package org.sigti.web.admin;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Global page messages from the bundle in the view's language. A problem reported by a service is an enum value
 * (key {@code <EnumClass>.<VALUE>}) with arguments; arguments that are enum values are shown by their own keys, dates
 * as dd/MM/yyyy, everything else as it prints.
 */
public final class ProblemMessages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProblemMessages() {
    }

    /** An error message for the problem, and the request marked as failed (nothing was changed). */
    public static void error(Enum<?> problem, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(problem, arguments), null));
        context.validationFailed();
    }

    /** The problem said in the view's language, for a page that shows it beside a field rather than on top. */
    public static String text(Enum<?> problem, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle text = bundle(context);
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = display(text, arguments[i]);
        }
        String pattern = text.getString(key(problem));
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(shown);
    }

    /** An information message from a key, its arguments formatted as for a problem. */
    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** A warning from a key: what was asked was done, and found something wrong. */
    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = bundle(context).getString(key);
        String message = arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
        context.addMessage(null, new FacesMessage(severity, message, null));
    }

    private static Object display(ResourceBundle text, Object value) {
        if (value instanceof Enum<?> constant) {
            return text.getString(key(constant));
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Number || value == null) {
            return value;
        }
        return value.toString();
    }

    private static String key(Enum<?> constant) {
        return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    private static ResourceBundle bundle(FacesContext context) {
        return context.getApplication().getResourceBundle(context, "i18n");
    }
}
