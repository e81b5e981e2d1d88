package org.sigti.quality;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The test window of the QA calendar: {@code days} business days for {@code interfaces} interfaces, from the working
 * day {@code start} to the working day {@code due} (both counted), which ends at {@code dueAt}, the close of the last
 * working interval of {@code due}.
 */
public record QaWindow(int interfaces, int days, LocalDate start, LocalDate due, Instant dueAt)
        implements Serializable {
}
