/**
 * Which database SIGTI talks to and how Hibernate is told about it. Depends on nothing of SIGTI.
 */
package org.sigti.db;
