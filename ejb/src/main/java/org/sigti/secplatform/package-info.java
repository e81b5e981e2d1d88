/**
 * MINDEF's register of security platforms (S04.04.00.01): the firewalls, WAFs, antivirus consoles, SIEMs and mail
 * gateways the cybersecurity team administers, their administrators, administration profiles and users, where the
 * full-administration credential is kept (never the credential), and their monthly backups. Written only inside the
 * transactions of the procedure's moves ({@link org.sigti.secplatform.SecurityPlatforms}) and of the monthly calendar
 * ({@link org.sigti.secplatform.PlatformBackupCalendar}, which asks for the month's cases with
 * {@link org.sigti.secplatform.PlatformBackupDue}); read, a page at a time, by the cybersecurity team, the Jefe and
 * the Auditor ({@link org.sigti.secplatform.SecurityPlatformRegister}). Depends on the kernel, never on a procedure
 * or on jakarta.faces. Not to be confused with the account platforms of {@code org.sigti.accounts}.
 */
package org.sigti.secplatform;
