/** The screen of the Ciberseguridad team's registro interno de publicaciones (/publication/register.xhtml). */
package org.sigti.web.publication;
