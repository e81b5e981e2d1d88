/**
 * Canned responses (issue 19, item 5): an institution's IT office keeps texts ready, for one of its procedures or for
 * all, and whoever acts on a step inserts one into the step's comment or solution.
 */
package org.sigti.canned;
