/**
 * Service levels as a service: the business calendar and the targets per priority as the Jefe configured them
 * (cached, read by everyone), due instants for the workflow, and the Jefe's edits with their validation. The
 * computations themselves are the plain values of the persistence module's {@code org.sigti.sla}. Never imports
 * jakarta.faces.
 */
package org.sigti.sla;
