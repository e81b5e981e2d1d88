package org.sigti.procedure.phishing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.blocklist.BlockValues;
import org.sigti.blocklist.BlockedEntry.Kind;
import org.sigti.blocklist.Blocklist;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;

/**
 * Steps 6, 9 and 18 of S04.04.00.02: what the Técnico blocks goes on the institution's blocklist with the move. A value
 * already blocked is not written again: the case's trail says so ("Ya estaba bloqueado: …, por SOL-…, el …").
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PhishingBlocks {

    /** The trail action of the blocklist's report (case.action.BLOCKLIST). */
    static final String TRAIL_ACTION = "BLOCKLIST";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("America/Lima"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Blocklist blocklist;

    @Inject
    CaseValues values;

    @Inject
    CaseEngine engine;

    /** Step 2: the ticket names the sender account (typed, or found by the mail intake). */
    void requireSender(Transition t) {
        String sender = values.value(t, PhishingFields.SENDER);
        if (sender == null) {
            throw new WorkflowException("phishing.sender.required", t.caseNumber());
        }
    }

    /** Blocks what the step's fields name; at least one value; a bad value refuses the whole move. */
    void block(Transition t) {
        List<Blocklist.Block> done = new ArrayList<>();
        // every value is checked before anything is written
        List<List<String>> parsed = List.of(parse(t, Kind.SENDER, PhishingFields.BLOCK_SENDERS),
                parse(t, Kind.DOMAIN, PhishingFields.BLOCK_DOMAINS), parse(t, Kind.IP, PhishingFields.BLOCK_IPS),
                parse(t, Kind.URL, PhishingFields.BLOCK_URLS)); // step 6 (spam) offers no links: none come
        if (parsed.stream().allMatch(List::isEmpty)) {
            throw new WorkflowException("phishing.block.nothing", t.caseNumber());
        }
        Kind[] kinds = {Kind.SENDER, Kind.DOMAIN, Kind.IP, Kind.URL};
        for (int i = 0; i < kinds.length; i++) {
            if (!parsed.get(i).isEmpty()) {
                done.addAll(blocklist.block(t.caseId(), kinds[i], parsed.get(i), t.actor().username()));
            }
        }
        List<String> already = done.stream().filter(Blocklist.Block::already)
                .map(b -> label(b.kind()) + " " + b.value() + " (" + b.caseNumber() + ", " + DAY.format(b.since())
                        + ")").toList();
        List<String> fresh = done.stream().filter(b -> !b.already()).map(b -> label(b.kind()) + " " + b.value())
                .toList();
        StringBuilder note = new StringBuilder();
        if (!fresh.isEmpty()) {
            note.append("Bloqueado: ").append(String.join("; ", fresh)).append('.');
        }
        if (!already.isEmpty()) {
            note.append(note.isEmpty() ? "" : " ").append("Ya estaba bloqueado, no se duplica: ")
                    .append(String.join("; ", already)).append('.');
        }
        engine.note(em.find(WorkCase.class, t.caseId()), t.actor(), TRAIL_ACTION, note.toString(), null);
    }

    private static List<String> parse(Transition t, Kind kind, FieldDefinition field) {
        return BlockValues.parse(kind, t.value(field));
    }

    static String label(Kind kind) {
        return switch (kind) {
            case SENDER -> "cuenta";
            case DOMAIN -> "dominio";
            case IP -> "IP";
            case URL -> "enlace";
        };
    }
}
