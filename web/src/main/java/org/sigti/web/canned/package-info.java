/** The canned responses' screen (/canned/list.xhtml) and the case page's picker (issue 19, item 5). */
package org.sigti.web.canned;
