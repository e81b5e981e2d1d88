package org.sigti.views;

import org.sigti.workflow.InboxQuery;

/**
 * A saved view as the home page lists it: its name, whether it is the caller's own, the unit it is shared with (null:
 * personal), the filters it keeps and how many steps they match now, "1000+" beyond the inbox's cap.
 */
public record SavedViewRow(long id, String name, boolean own, String owner, String sharedUnitCode, InboxQuery query,
        String count) {
}
