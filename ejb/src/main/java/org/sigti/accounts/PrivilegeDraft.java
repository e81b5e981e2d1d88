package org.sigti.accounts;

import java.io.Serializable;

/** What the privilege form sends; {@code uncommon}: a "privilegio no común" that needs the SG's authorization. */
public record PrivilegeDraft(String code, String name, boolean uncommon) implements Serializable {
}
