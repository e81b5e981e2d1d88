package org.sigti.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;

/** Work run as {@value #USERNAME}, Jefe of DP's DGP (see {@link AsInstitutionJefe}). */
@Stateless
@RunAs(Roles.JEFE)
public class AsJefeDp extends AsInstitutionJefe {

    public static final String USERNAME = "probe.jefe.dp";

    @Override
    protected String username() {
        return USERNAME;
    }

    @Override
    protected String institution() {
        return "DP";
    }

    @Override
    protected String unit() {
        return "DGP";
    }
}
