package org.sigti.web.cases;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.workflow.WorkflowException;

/** Turns a refused move into messages the user reads, in the view's language, one per bad field. */
public final class Messages {

    private Messages() {
    }

    public static void show(WorkflowException e, java.util.function.Function<String, String> fieldLabel) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = bundle(faces);
        if (e.fieldProblems().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(bundle, e.messageKey(),
                    e.arguments().toArray()), null));
            return;
        }
        e.fieldProblems().forEach((field, key) -> faces.addMessage(null, new FacesMessage(
                FacesMessage.SEVERITY_ERROR, fieldLabel.apply(field) + ": " + text(bundle, key), null)));
    }

    public static void error(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(bundle(faces), key, args), null));
    }

    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(bundle(faces), key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static ResourceBundle bundle(FacesContext faces) {
        Locale locale = faces.getViewRoot() == null ? Locale.forLanguageTag("es") : faces.getViewRoot().getLocale();
        return ApplicationBundle.forLocale("org.sigti.web.i18n.messages", locale);
    }

    public static String text(ResourceBundle bundle, String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
