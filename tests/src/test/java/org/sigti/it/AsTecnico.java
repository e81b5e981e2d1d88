package org.sigti.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;

/** Work run as a Técnico (see {@link AsRole}). */
@Stateless
@RunAs(Roles.TECNICO)
public class AsTecnico extends AsRole {
}
