/** The home page. Calls services; never touches EntityManager. */
package org.sigti.web.home;
