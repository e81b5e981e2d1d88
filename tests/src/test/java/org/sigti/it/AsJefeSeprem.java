package org.sigti.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;

/** Work run as {@value #USERNAME}, Jefe of SEPREM's DI (see {@link AsInstitutionJefe}). */
@Stateless
@RunAs(Roles.JEFE)
public class AsJefeSeprem extends AsInstitutionJefe {

    public static final String USERNAME = "probe.jefe.seprem";

    @Override
    protected String username() {
        return USERNAME;
    }

    @Override
    protected String institution() {
        return "SEPREM";
    }

    @Override
    protected String unit() {
        return "DI";
    }
}
