/** Organizational units: the IT teams that own queues and the units whose staff file requests. */
package org.sigti.unit;
