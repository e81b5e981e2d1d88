package org.sigti.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;

/** Work run as a caller with role Operador (see {@link AsRole}). */
@Stateless
@RunAs(Roles.OPERADOR)
public class AsOperador extends AsRole {
}
