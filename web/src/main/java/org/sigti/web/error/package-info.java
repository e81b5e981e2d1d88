/** Error pages. Depends on nothing but the servlet API, so it works when anything else failed. */
package org.sigti.web.error;
