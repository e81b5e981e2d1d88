package org.sigti.workflow;

import java.io.Serializable;

/** A file a user sends: its name as given, the type the browser claims, and its bytes. */
public record Upload(String fileName, String contentType, byte[] content) implements Serializable {
}
