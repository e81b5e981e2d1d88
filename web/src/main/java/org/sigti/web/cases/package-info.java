/** The screens of cases: the case page, filing a request, attachments. */
package org.sigti.web.cases;
