package org.sigti.inventory;

import java.util.Map;

import org.sigti.workflow.WorkflowException;

/**
 * An inventory operation refused (pool exhausted, equipment not in stock, bad input), with the bundle key of the
 * Spanish message and its arguments. A {@link WorkflowException}, so the caller's transaction rolls back and the
 * screens of the workflow show it the same way: nothing changes.
 */
public class InventoryException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public InventoryException(String messageKey, String... arguments) {
        super(messageKey, arguments);
    }

    public InventoryException(String messageKey, Map<String, String> fieldProblems, String... arguments) {
        super(messageKey, fieldProblems, arguments);
    }
}
