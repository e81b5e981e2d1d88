/**
 * The register of the SGSI documents and records of MINDEF's OGTIE teams (S04.01.00.03): each document with its
 * code, title, version in force, state and owner team, every file version uploaded, and, beside the cases of the
 * procedure, the entries each case reviews and the Especialista's observations. Depends on the workflow's cases, by
 * id.
 */
package org.sigti.sgsi;
