/**
 * Accounts of people on the institution's platforms (rows of {@code it_system}), their privileges and the history
 * of every change (procedures.md C1, E7, E8, S2 entity 21). Depends on nothing but JPA; the procedures that open,
 * change and close accounts are in the EJB module ({@code org.sigti.accounts}, {@code org.sigti.procedure.accounts}).
 */
package org.sigti.accounts;
