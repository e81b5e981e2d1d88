package org.sigti.procedure.inventory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.inventory.Equipment;
import org.sigti.inventory.EquipmentKind;
import org.sigti.inventory.InventoryCustody;
import org.sigti.inventory.InventoryException;
import org.sigti.workflow.CaseField;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * What the procedures that hand licenses and equipment to a person share (SEPREM-DI-002.1, S04.03.04.01,
 * S04.03.03.02): the values a case recorded, its requester, and the equipment a field names, checked for its kind.
 * Every method runs inside the move's transaction, so a refusal leaves the case and the inventory as they were.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustodyCases {

    @PersistenceContext
    EntityManager em;

    @EJB
    InventoryCustody custody;

    /** The values recorded on the case, with those of the move under way over them. */
    public Map<String, String> values(Transition t) {
        Map<String, String> values = new HashMap<>();
        em.createQuery("select f from CaseField f where f.caseId = :c", CaseField.class).setParameter("c", t.caseId())
                .getResultList().forEach(f -> values.put(f.getName(), f.getValue()));
        values.putAll(t.fields());
        return values;
    }

    public String value(Transition t, String name) {
        String v = values(t).get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public WorkCase workCase(Transition t) {
        return em.find(WorkCase.class, t.caseId());
    }

    /**
     * The piece of equipment of the case's institution a field names, by SIGTI number or patrimonial code, which
     * must be of {@code kind}; another institution's equipment is unknown here.
     *
     * @throws WorkflowException {@code procedures.equipment.unknown} or {@code procedures.equipment.wrongKind},
     *         with the field marked
     */
    public Equipment equipment(Transition t, String field, EquipmentKind kind) {
        String value = value(t, field);
        Equipment e = find(t.actor().institutionCode(), value);
        if (e == null) {
            throw new WorkflowException("procedures.equipment.unknown", Map.of(field, "procedures.equipment.unknown.field"),
                    String.valueOf(value));
        }
        if (e.getKind() != kind) {
            throw new WorkflowException("procedures.equipment.wrongKind", Map.of(field,
                    "procedures.equipment.wrongKind.field"), e.getPatrimonialCode(), kind.name());
        }
        return e;
    }

    /** The equipment of an institution a code names (SIGTI number or patrimonial code), or null. */
    public Equipment find(String institution, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (code.chars().allMatch(Character::isDigit) && code.length() < 19) {
            Equipment byId = em.find(Equipment.class, Long.parseLong(code));
            if (byId != null && byId.getInstitutionCode().equals(institution)) {
                return byId;
            }
        }
        return em.createNamedQuery("Equipment.findByCode", Equipment.class).setParameter("institution", institution)
                .setParameter("code", Equipment.normalizedCode(code)).getResultStream().findFirst().orElse(null);
    }

    /**
     * Hands the equipment a field names to the person, in the move's transaction; equipment this person already
     * holds under this case (a step done again after a "no conforme") stays as it is.
     */
    public void handOver(Transition t, String field, EquipmentKind kind, String holder, String holderName,
            String unitCode) {
        Equipment e = equipment(t, field, kind);
        String who = holder.strip().toLowerCase(Locale.ROOT);
        if (who.equals(e.getCustodianUsername()) && e.getLastCaseId() != null && e.getLastCaseId() == t.caseId()) {
            return;
        }
        custody.assignEquipment(e.getId(), who, holderName, unitCode, t.caseId(), t.actor().username());
    }

    /** Takes back every piece of {@code kind} the person holds; refused when there is none. */
    public int takeBack(Transition t, EquipmentKind kind, String holder) {
        int returned = custody.returnEquipmentToStock(holder, kind, t.caseId(), t.actor().username());
        if (returned == 0) {
            throw new InventoryException("procedures.equipment.nothingHeld", holder, kind.name());
        }
        return returned;
    }
}
