package org.sigti.web.accounts;

import org.sigti.web.faces.Messages;
import org.sigti.workflow.WorkflowException;

/**
 * A refused platform change as messages in the view's language: the general one, then one per bad field labelled
 * with {@code platforms.label.<field>}; and the information kept across the redirect after a change.
 */
final class PlatformMessages {

    private PlatformMessages() {
    }

    static void show(WorkflowException e) {
        Messages.error(e.messageKey(), e.messageArguments());
        e.fieldProblems().forEach((field, key) -> Messages.error("{0}: {1}", Messages.text("platforms.label." + field),
                Messages.text(key)));
    }

    static void info(String key, Object... args) {
        Messages.flashInfo(key, args);
    }
}
