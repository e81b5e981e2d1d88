/** Services about people: the profile refreshed at each login. May use persistence; never imports jakarta.faces. */
package org.sigti.people;
