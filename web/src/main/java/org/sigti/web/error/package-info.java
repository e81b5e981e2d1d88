/**
 * Error pages and how requests fail. The container's error page ({@link org.sigti.web.error.ErrorPageServlet})
 * depends on nothing but the servlet API and SIGTI's texts, so it works when anything else failed; Faces requests
 * fail through OmniFaces' FullAjaxExceptionHandler ({@link org.sigti.web.error.ErrorHandling}), which says refusals on
 * the page that asked and gives an ajax request the same error page a full request gets.
 */
package org.sigti.web.error;
