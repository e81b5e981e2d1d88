/**
 * The statistics store of the Sector Defensa (S04.05.00.01, issue 17 item 4): table templates with their columns and
 * code lists, the Sector's entities and their representatives, the submission schedule, every upload with its
 * rejected rows, and the cells of the accepted ones, versioned per period. Entities only; the rules are in the ejb
 * module's {@code org.sigti.statistics}.
 */
package org.sigti.statistics;
