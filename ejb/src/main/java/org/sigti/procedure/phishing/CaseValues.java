package org.sigti.procedure.phishing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.workflow.CaseField;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;

/** The values a case recorded so far, with those of the move under way over them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseValues {

    @PersistenceContext
    EntityManager em;

    /** The value of {@code field}: this move's, else the one recorded before; null when neither. */
    public String value(Transition t, FieldDefinition field) {
        String now = t.value(field);
        if (now != null && !now.isBlank()) {
            return now.strip();
        }
        Map<String, String> recorded = new HashMap<>();
        em.createQuery("select f from CaseField f where f.caseId = :c and f.name = :n", CaseField.class)
                .setParameter("c", t.caseId()).setParameter("n", field.name()).getResultStream()
                .forEach(f -> recorded.put(f.getName(), f.getValue()));
        String before = recorded.get(field.name());
        return before == null || before.isBlank() ? null : before.strip();
    }

    /** The items of a list field (commas, semicolons, lines or spaces between them), in order, without repeats. */
    public List<String> items(Transition t, FieldDefinition field) {
        String text = value(t, field);
        List<String> items = new ArrayList<>();
        if (text != null) {
            for (String item : text.split("[\\s,;]+")) {
                if (!item.isBlank() && !items.contains(item.strip())) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }
}
