/**
 * The Ciberseguridad team's registro interno de publicaciones (MINDEF S04.02.00.01 steps 31–39, S04.02.00.02 steps
 * 24–32): the checks of a request to publish a service on the Internet ({@link org.sigti.publication.PublicationRules}:
 * addresses, private vs public, ports), its registration and withdrawal inside the calling step's move
 * ({@link org.sigti.publication.Publications}: no two systems on the same public IP and port), and the register read
 * a page at a time ({@link org.sigti.publication.PublicationRegister}). Depends on the kernel and the inventory's
 * catalog, never on a procedure (it gets what it records as arguments) nor on jakarta.faces.
 */
package org.sigti.publication;
