/** Services about requests: the inboxes. May use persistence; never imports jakarta.faces. */
package org.sigti.request;
