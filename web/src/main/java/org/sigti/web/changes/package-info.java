/** "Cambios" ({@code /changes/list.xhtml}): the change history of the systems, as a calendar of go-lives and a list. */
package org.sigti.web.changes;
