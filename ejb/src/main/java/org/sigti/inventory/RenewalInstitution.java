package org.sigti.inventory;

/**
 * The institution whose manual renews licenses and warranties when they expire, told by the renewal procedure (which
 * knows its manual): the expiry calendar announces that institution's pools and equipment only, and only its people
 * set or run it. Another institution's inventory opens no case of a procedure it does not run.
 */
public interface RenewalInstitution {

    /** The code of the institution whose expiries open renewal cases, e.g. {@code SEPREM}. */
    String code();
}
