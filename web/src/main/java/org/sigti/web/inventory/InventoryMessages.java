package org.sigti.web.inventory;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.workflow.WorkflowException;

/**
 * Turns a refused inventory operation into messages in the view's language: the general one, then one per bad
 * field labelled with {@code inventory.field.<name>}.
 */
final class InventoryMessages {

    private InventoryMessages() {
    }

    static void show(WorkflowException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = bundle();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                text(bundle, e.messageKey(), e.arguments().toArray()), null));
        e.fieldProblems().forEach((field, key) -> faces.addMessage(null, new FacesMessage(
                FacesMessage.SEVERITY_ERROR, text(bundle, "inventory.label." + field) + ": " + text(bundle, key), null)));
    }

    /** An information message kept across the redirect that follows. */
    static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(bundle(), key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Locale.forLanguageTag("es") : faces.getViewRoot().getLocale();
        return ApplicationBundle.forLocale("org.sigti.web.i18n.messages", locale);
    }

    static String text(ResourceBundle bundle, String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    static String text(ResourceBundle bundle, String key, List<String> args) {
        return text(bundle, key, args.toArray());
    }
}
