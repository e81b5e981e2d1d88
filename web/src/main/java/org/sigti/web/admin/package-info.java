/** The Jefe's and the Auditor's screens: people, security events. Calls services; never touches EntityManager. */
package org.sigti.web.admin;
