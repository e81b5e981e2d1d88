/**
 * The account procedures: SEPREM-DI-001.1 (altas y bajas de usuarios), S04.03.01.01 (creación y modificación de
 * cuentas, accesos y privilegios) and S04.03.01.02 (eliminación de cuentas, accesos y privilegios). Each writes
 * accounts, seats and equipment through {@link org.sigti.accounts.AccountLedger} inside the move's transaction, and
 * refuses an approval by the person concerned or by the case's requester (four eyes).
 */
package org.sigti.procedure.accounts;
