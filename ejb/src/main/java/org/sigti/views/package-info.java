/**
 * Saved views of the inbox (issue 19, item 3): a person keeps the inbox's filters under a name; a Responsable or the
 * Jefe(a) shares one with their unit. Each view is listed with its capped count, counted as the inbox counts.
 */
package org.sigti.views;
