package org.sigti.web.catalog;

import java.util.ResourceBundle;

import org.sigti.workflow.flow.Responsible;

/**
 * Who does a step, in words: "Operador · AIT", "Responsable · INFRA/INNOV" (queue chosen on the way), "Solicitante",
 * and SIGTI for a step that waits on a linked case.
 */
final class Responsibles {

    private Responsibles() {
    }

    static String text(Responsible who, ResourceBundle bundle) {
        if (who.isRequester()) {
            return bundle.getString("catalog.requester");
        }
        if (who.isSigti()) {
            return bundle.getString("catalog.awaiting"); // a step that waits on a linked case
        }
        String key = "role." + who.role();
        String role = bundle.containsKey(key) ? bundle.getString(key) : who.role();
        String queue = who.queue() != null ? who.queue() : String.join("/", who.queueChoices());
        return queue.isEmpty() ? role : role + " · " + queue;
    }
}
