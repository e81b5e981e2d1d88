/** Small Faces helpers shared by the screens. No business logic. */
package org.sigti.web.faces;
