package org.sigti.workflow;

/**
 * The id names no record (a case, a document, a piece of equipment...): a link typed or forged, or to something
 * removed. Screens that read by id answer it as a page that does not exist (404), never as a failure of SIGTI.
 */
public class NotFoundException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, String... arguments) {
        super(messageKey, arguments);
    }
}
