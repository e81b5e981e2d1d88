package org.sigti.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;

/** Work run as a caller with role RRHH, Human Resources (see {@link AsRole}). */
@Stateless
@RunAs(Roles.RRHH)
public class AsRrhh extends AsRole {
}
