package org.sigti.web.accounts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.workflow.WorkflowException;

/**
 * A refused platform change as messages in the view's language: the general one, then one per bad field labelled
 * with {@code platforms.label.<field>}; and the information kept across the redirect after a change.
 */
final class PlatformMessages {

    private PlatformMessages() {
    }

    static void show(WorkflowException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = bundle(faces);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                text(bundle, e.messageKey(), e.arguments().toArray()), null));
        e.fieldProblems().forEach((field, key) -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                text(bundle, "platforms.label." + field) + ": " + text(bundle, key), null)));
    }

    static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(bundle(faces), key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private static ResourceBundle bundle(FacesContext faces) {
        Locale locale = faces.getViewRoot() == null ? Locale.forLanguageTag("es") : faces.getViewRoot().getLocale();
        return ApplicationBundle.forLocale("org.sigti.web.i18n.messages", locale);
    }

    private static String text(ResourceBundle bundle, String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
