/**
 * Documents SIGTI issues: the numbering series of a kind of document and the counters that number it per kind and
 * year. Which kinds exist is declared by the procedures (sigti-ejb, {@code org.sigti.workflow.document}); the PDF
 * generators and the numbering service are in sigti-ejb, same package.
 */
package org.sigti.document;
