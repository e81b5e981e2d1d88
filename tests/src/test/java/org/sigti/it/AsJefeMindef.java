package org.sigti.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;

/** Work run as {@value #USERNAME}, Jefe of MINDEF's OGTIE (see {@link AsInstitutionJefe}). */
@Stateless
@RunAs(Roles.JEFE)
public class AsJefeMindef extends AsInstitutionJefe {

    public static final String USERNAME = "probe.jefe.mindef";

    @Override
    protected String username() {
        return USERNAME;
    }

    @Override
    protected String institution() {
        return "MINDEF";
    }

    @Override
    protected String unit() {
        return "OGTIE";
    }
}
