package org.sigti.backup;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A backup copy made outside SIGTI (a file share's or a person's copy, which SIGTI does not take itself), as the
 * Profesional identifies it when restoring from it: where it is, which copy it is, and the day it was taken.
 */
public record OutsideCopy(String location, String copy, LocalDate takenOn) implements Serializable {
}
