/**
 * Documents SIGTI issues: their types and the counters that number them per type and year. The PDF generators and
 * the numbering service are in sigti-ejb, same package.
 */
package org.sigti.document;
