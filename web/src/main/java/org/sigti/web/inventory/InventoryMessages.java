package org.sigti.web.inventory;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

import org.sigti.web.faces.Messages;
import org.sigti.workflow.WorkflowException;

/**
 * Turns a refused inventory operation into messages in the view's language: the general one, then one per bad
 * field labelled with {@code inventory.field.<name>}.
 */
final class InventoryMessages {

    private InventoryMessages() {
    }

    static void show(WorkflowException e) {
        Messages.error(e.messageKey(), e.messageArguments());
        e.fieldProblems().forEach((field, key) -> Messages.error("{0}: {1}", Messages.text("inventory.label." + field),
                Messages.text(key)));
    }

    /** An information message kept across the redirect that follows. */
    static void info(String key, Object... args) {
        Messages.flashInfo(key, args);
    }

    static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Messages.bundle(faces.getViewRoot() == null ? Locale.forLanguageTag("es")
                : faces.getViewRoot().getLocale());
    }

    static String text(ResourceBundle bundle, String key, List<String> args) {
        return Messages.format(bundle, key, args.toArray());
    }
}
