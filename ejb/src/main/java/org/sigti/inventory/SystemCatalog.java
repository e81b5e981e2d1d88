package org.sigti.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;
import org.sigti.workflow.NotFoundException;

/**
 * The catalog of systems and platforms (it_system, V8; procedures.md S2 entity 5): listed a page at a time,
 * created, described and deactivated by the Jefe and Responsables; IT staff and the Auditor read it. A system is
 * never deleted: backups, accounts and licenses refer to it. Each institution has its own catalog (codes stay unique
 * in the installation: accounts and privileges name a system by its code).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class SystemCatalog {

    static final String ROW = "select new org.sigti.inventory.SystemRow(s.id, s.version, s.code, s.name, s.kind,"
            + " s.criticality, s.ownerUnitCode, s.description, s.active, s.currentVersion, s.environment)"
            + " from ItSystem s";

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    InstitutionScope scope;

    @jakarta.ejb.EJB
    org.sigti.security.SettingsHistory history;

    public List<SystemRow> page(boolean includeInactive, int first, int pageSize) {
        return em.createQuery(ROW + where(includeInactive) + " order by s.code", SystemRow.class)
                .setParameter("institution", scope.caller()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, EquipmentRegistry.MAX_PAGE_SIZE))).getResultList();
    }

    public int count(boolean includeInactive) {
        return em.createQuery("select s.id from ItSystem s" + where(includeInactive), Long.class)
                .setParameter("institution", scope.caller()).setMaxResults(EquipmentRegistry.COUNT_CAP + 1).getResultList().size();
    }

    /** The active codes, for choosing a pool's platform. */
    public List<String> activeCodes() {
        return em.createQuery("select s.code from ItSystem s" + where(false) + " order by s.code", String.class)
                .setParameter("institution", scope.caller()).setMaxResults(500).getResultList();
    }

    public SystemRow get(long id) {
        scope.owned(em.find(ItSystem.class, id), "SystemCatalog.get", "it_system", id);
        return em.createQuery(ROW + " where s.id = :id", SystemRow.class).setParameter("id", id).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("inventory.system.unknown", String.valueOf(id)));
    }

    /** The kind of setting the history of settings files a system's changes under. */
    static final String SETTING = "SYSTEM";

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public long create(SystemRow draft) {
        check(draft);
        String code = draft.code().strip().toUpperCase(Locale.ROOT);
        if (!em.createQuery("select s.id from ItSystem s where s.code = :code", Long.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            throw new InventoryException("inventory.invalid", Map.of("code", "inventory.code.taken"));
        }
        ItSystem s = new ItSystem(scope.caller(), code, draft.name().strip(), draft.kind(), draft.criticality());
        s.describe(draft.name().strip(), draft.kind(), draft.criticality(), blank(draft.ownerUnitCode()),
                blank(draft.description()));
        em.persist(s);
        em.flush();
        history.changed(SETTING, code, null, get(s.getId()), "id", "version", "code");
        return s.getId();
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public void describe(long id, long version, SystemRow draft) {
        check(draft);
        ItSystem s = locked(id, version);
        SystemRow before = get(id);
        s.describe(draft.name().strip(), draft.kind(), draft.criticality(), blank(draft.ownerUnitCode()),
                blank(draft.description()));
        em.flush();
        history.changed(SETTING, s.getCode(), before, get(id), "id", "version", "code", "active");
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public void setActive(long id, long version, boolean active) {
        ItSystem s = locked(id, version);
        history.changed(SETTING, s.getCode(), "active", s.isActive(), active);
        s.setActive(active);
    }

    private ItSystem locked(long id, long version) {
        ItSystem s = scope.owned(em.find(ItSystem.class, id, LockModeType.PESSIMISTIC_WRITE), "SystemCatalog.change",
                "it_system", id);
        if (s == null) {
            throw new InventoryException("inventory.system.unknown", String.valueOf(id));
        }
        if (s.getVersion() != version) {
            throw new InventoryException("inventory.stale");
        }
        return s;
    }

    private static String where(boolean includeInactive) {
        return " where s.institutionCode = :institution" + (includeInactive ? "" : " and s.active = true");
    }

    private static void check(SystemRow d) {
        Map<String, String> p = new LinkedHashMap<>();
        EquipmentValidation.text(p, "code", d.code(), ItSystem.CODE_MAXLENGTH, true);
        EquipmentValidation.text(p, "name", d.name(), ItSystem.NAME_MAXLENGTH, true);
        EquipmentValidation.text(p, "ownerUnit", d.ownerUnitCode(), 20, false);
        EquipmentValidation.text(p, "description", d.description(), ItSystem.DESCRIPTION_MAXLENGTH, false);
        if (d.kind() == null) {
            p.put("kind", "inventory.field.required");
        }
        if (d.criticality() == null) {
            p.put("criticality", "inventory.field.required");
        }
        if (!p.isEmpty()) {
            throw new InventoryException("inventory.invalid", p);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
