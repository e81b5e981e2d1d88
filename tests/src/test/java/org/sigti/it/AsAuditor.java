package org.sigti.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;

/** Work run as an Auditor (see {@link AsRole}). */
@Stateless
@RunAs(Roles.AUDITOR)
public class AsAuditor extends AsRole {
}
