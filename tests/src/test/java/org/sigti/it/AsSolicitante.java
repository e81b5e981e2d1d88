package org.sigti.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;

/** Work run as a caller with role Solicitante (see {@link AsRole}). */
@Stateless
@RunAs(Roles.SOLICITANTE)
public class AsSolicitante extends AsRole {
}
