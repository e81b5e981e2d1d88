package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.CaseView.AttachmentRow;

/** A file attached again under its name is its next version; the earlier ones stay, superseded. */
class CaseFileVersionsTest {

    @Test
    void files_of_the_same_name_are_numbered_in_the_order_attached() {
        Instant at = Instant.parse("2026-12-07T15:00:00Z");
        List<AttachmentRow> rows = CaseView.versioned(List.of(
                new AttachmentRow(1, "Manual-de-usuario.pdf", "application/pdf", 10, "tecnico.innov", at),
                new AttachmentRow(2, "ficha.pdf", "application/pdf", 10, "director.mindef", at),
                new AttachmentRow(3, "manual-de-usuario.pdf", "application/pdf", 12, "tecnico.innov", at),
                new AttachmentRow(4, "Manual-de-usuario.pdf", "application/pdf", 14, "analista.innov", at)));
        assertEquals(List.of("1:1:true", "2:1:false", "3:2:true", "4:3:false"), rows.stream()
                .map(r -> r.id() + ":" + r.version() + ":" + r.superseded()).toList());
        assertEquals(List.of(true, false, true, true), rows.stream().map(AttachmentRow::versioned).toList(),
                "a file attached once shows no version");
    }
}
