package org.sigti.intake;

import java.util.Map;

/**
 * The seam through which a procedure takes the findings of a forwarded suspicious mail ({@link ForwardedMail}) into
 * its own fields: the procedure implements it (a CDI bean) and names itself, and {@link MailIntake} records the
 * values it answers on the case a mailbox bound to that procedure opens, in the same transaction. Intake knows no
 * procedure: it only asks the beans of this type. A name the procedure does not declare is not recorded.
 */
public interface ForwardedMailFields {

    /** The code of the procedure whose new cases take the findings. */
    String procedure();

    /** The values to record, by the procedure's field names; blank values are left out. */
    Map<String, String> values(ForwardedMail findings);
}
