/**
 * The Jefe's and the Auditor's screens: people, security events, outgoing mail. Calls services; never touches
 * EntityManager.
 */
package org.sigti.web.admin;
