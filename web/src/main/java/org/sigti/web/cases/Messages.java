package org.sigti.web.cases;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.faces.context.FacesContext;

import org.sigti.workflow.WorkflowException;

/**
 * The case screens' names for {@link org.sigti.web.faces.Messages}, the one way screens post messages: a refused move
 * in the view's language, one message per bad field; an information kept across the redirect that follows a move.
 */
public final class Messages {

    private Messages() {
    }

    public static void show(WorkflowException e, Function<String, String> fieldLabel) {
        org.sigti.web.faces.Messages.refused(e, fieldLabel);
    }

    public static void error(String key, Object... args) {
        org.sigti.web.faces.Messages.error(key, args);
    }

    /** An information message kept across the redirect that follows. */
    public static void info(String key, Object... args) {
        org.sigti.web.faces.Messages.flashInfo(key, args);
    }

    public static ResourceBundle bundle(FacesContext faces) {
        Locale locale = faces.getViewRoot() == null ? Locale.forLanguageTag("es") : faces.getViewRoot().getLocale();
        return org.sigti.web.faces.Messages.bundle(locale);
    }

    public static String text(ResourceBundle bundle, String key, Object... args) {
        return org.sigti.web.faces.Messages.format(bundle, key, args);
    }
}
