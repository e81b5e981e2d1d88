/**
 * Screens of the copies SIGTI makes itself: /backup/targets.xhtml (the PostgreSQL targets) and /backup/copies.xhtml
 * (a copy, its progress, its verification). Call org.sigti.backup services only; never an EntityManager.
 */
package org.sigti.web.backup;
