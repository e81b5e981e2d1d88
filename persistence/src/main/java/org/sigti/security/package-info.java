/** Security facts kept for auditors: denied attempts. Depends on nothing of SIGTI. */
package org.sigti.security;
