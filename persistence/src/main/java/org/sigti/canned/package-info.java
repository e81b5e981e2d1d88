/** Canned responses: texts an IT office keeps ready for a step's comment or solution (issue 19). */
package org.sigti.canned;
