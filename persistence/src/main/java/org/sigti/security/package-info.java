/**
 * Security facts kept for auditors: denied attempts, and what the identity provider (Keycloak) reports of failed
 * logins, lockouts and its administration. Depends on nothing of SIGTI.
 */
package org.sigti.security;
