/**
 * The procedures of SEPREM's system development (process SEPREM-DI-003): SEPREM-DI-003.1, a new system from the
 * request to the approved go-live and the users' training, and SEPREM-DI-003.2, an improvement to a system in use,
 * within the manual's scope rule (it must not cost more than replacing the solution).
 */
package org.sigti.procedure.development;
