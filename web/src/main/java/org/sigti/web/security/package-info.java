/** The logged-in person on the screens: profile, roles, logout. Calls services; never touches EntityManager. */
package org.sigti.web.security;
