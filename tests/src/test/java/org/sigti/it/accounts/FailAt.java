package org.sigti.it.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;

import org.sigti.accounts.AccountsFaultInjector;
import org.sigti.workflow.WorkflowException;

/**
 * Test only, in an EJB module of the tested EAR: fails an alta or a baja right after the part the test armed
 * (accounts, seats, equipment), once. Disarmed, it does nothing.
 */
@Singleton
@LocalBean
@jakarta.ejb.Local(AccountsFaultInjector.class)
@PermitAll
public class FailAt implements AccountsFaultInjector {

    /** The message key of the injected failure. */
    public static final String KEY = "accounts.test.injected";

    private String armed;

    public void arm(String operation, String point) {
        armed = operation + "/" + point;
    }

    public void disarm() {
        armed = null;
    }

    @Override
    public void reached(String operation, String point) {
        if ((operation + "/" + point).equals(armed)) {
            armed = null;
            throw new WorkflowException(KEY, operation, point);
        }
    }
}
