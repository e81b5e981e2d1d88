package org.sigti.inventory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;
import org.sigti.workflow.WorkCase;

/**
 * The inventory of information systems (MINDEF S04.02.00.01 step 43 "Registrar el nuevo sistema en el inventario",
 * S04.02.00.02 step 36 "Actualizar el inventario"), kept in the catalog of systems ({@link SystemCatalog}): a case's
 * step adds the system with its owner unit, version and environment, or records the new version of a system already
 * there; each entry stays as a {@link SystemRelease} row (the history), never changed. Called inside the step's move:
 * a refusal is an {@link InventoryException} per field and nothing is stored. Written by the Jefe and the
 * Responsables (the innovation team's coordinator does it in the manual); the history is read by the IT staff and
 * the Auditor.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class SystemInventory {

    private static final Logger LOG = Logger.getLogger(SystemInventory.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    InstitutionScope scope;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records the system of the case's inventory entry: added to the case's institution's catalog when its code is
     * new (active), otherwise its name, owner unit, version and environment updated; either way one history row.
     *
     * @return the system's id
     * @throws InventoryException {@code inventory.invalid} (per field: codigo_sistema, nombre_sistema,
     *                            unidad_propietaria, version_sistema, entorno_sistema), {@code inventory.code.taken} when the code is another institution's,
     *                            {@code inventory.case.unknown}
     */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public long record(long caseId, InventoryEntry entry) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null) {
            throw new InventoryException("inventory.case.unknown", String.valueOf(caseId));
        }
        scope.require(c.getInstitutionCode(), "SystemInventory.record", "work_case", caseId);
        check(entry);
        String code = entry.code().strip().toUpperCase(Locale.ROOT);
        ItSystem s = em.createQuery("select s from ItSystem s where s.code = :c", ItSystem.class)
                .setParameter("c", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElse(null);
        boolean first = s == null;
        if (first) {
            s = new ItSystem(c.getInstitutionCode(), code, entry.name().strip(),
                    entry.kind() == null ? SystemKind.SUBSTANTIVE : entry.kind(),
                    entry.criticality() == null ? Criticality.MEDIUM : entry.criticality());
            s.describe(entry.name().strip(), s.getKind(), s.getCriticality(), blank(entry.ownerUnitCode()), null);
            em.persist(s);
        } else if (!s.getInstitutionCode().equals(c.getInstitutionCode())) {
            throw new InventoryException("inventory.invalid", Map.of("codigo_sistema", "inventory.code.taken"));
        } else {
            s.describe(entry.name().strip(), s.getKind(), s.getCriticality(),
                    blank(entry.ownerUnitCode()) == null ? s.getOwnerUnitCode() : entry.ownerUnitCode().strip(),
                    s.getDescription());
            s.setActive(true);
        }
        String version = entry.version().strip();
        s.release(version, entry.environment());
        em.flush();
        String by = context.getCallerPrincipal().getName();
        em.persist(new SystemRelease(s.getId(), version, entry.environment(), first, c.getId(), c.getNumber(), by,
                clock.instant()));
        em.flush();
        ItSystem recorded = s;
        LOG.info(() -> "SIGTI: inventory " + (first ? "adds " : "updates ") + recorded.getCode() + " " + version
                + " (" + entry.environment() + ") from " + c.getNumber() + " by " + by);
        return s.getId();
    }

    /** The system's history in the inventory, newest first. */
    public List<SystemReleaseRow> history(long systemId, int first, int size) {
        scope.owned(em.find(ItSystem.class, systemId), "SystemInventory.history", "it_system", systemId);
        return em.createQuery("select new org.sigti.inventory.SystemReleaseRow(r.id, r.systemVersion, r.environment,"
                + " r.firstEntry, r.caseNumber, r.recordedBy, r.recordedAt) from SystemRelease r"
                + " where r.systemId = :s order by r.recordedAt desc, r.id desc", SystemReleaseRow.class)
                .setParameter("s", systemId).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, EquipmentRegistry.MAX_PAGE_SIZE))).getResultList();
    }

    private static void check(InventoryEntry e) {
        Map<String, String> p = new LinkedHashMap<>();
        EquipmentValidation.text(p, "codigo_sistema", e.code(), ItSystem.CODE_MAXLENGTH, true);
        EquipmentValidation.text(p, "nombre_sistema", e.name(), ItSystem.NAME_MAXLENGTH, true);
        EquipmentValidation.text(p, "unidad_propietaria", e.ownerUnitCode(), 20, false);
        EquipmentValidation.text(p, "version_sistema", e.version(), SystemRelease.VERSION_MAXLENGTH, true);
        if (e.environment() == null) {
            p.put("entorno_sistema", "inventory.field.required");
        }
        if (!p.isEmpty()) {
            throw new InventoryException("inventory.invalid", p);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
