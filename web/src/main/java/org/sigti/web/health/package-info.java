/** Health probes and the availability guard. Calls services; never touches EntityManager. */
package org.sigti.web.health;
