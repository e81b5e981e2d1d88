/** /sgsi/register.xhtml: the register of the SGSI documents and records (S04.01.00.03), and its file downloads. */
package org.sigti.web.sgsi;
