/** The blocklist register's screen (S04.04.00.02): read-only, paged in the database. */
package org.sigti.web.blocklist;
