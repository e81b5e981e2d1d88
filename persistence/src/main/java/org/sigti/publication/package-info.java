/**
 * The entities of the Ciberseguridad team's registro interno de publicaciones (MINDEF S04.02.00.01 step 39,
 * S04.02.00.02 step 32): each publication of a system of the catalog on the Internet, its addresses and its ports
 * (one row per single port or range), and one lock row per public IP that serializes the check that the same public
 * IP and port are not published for another system. Written by the module {@code org.sigti.publication}.
 */
package org.sigti.publication;
