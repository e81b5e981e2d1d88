/** Screens of accounts, accesses and privileges (/accounts/*): read only; accounts change through the procedures. */
package org.sigti.web.accounts;
