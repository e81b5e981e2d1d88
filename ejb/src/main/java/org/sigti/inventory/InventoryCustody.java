package org.sigti.inventory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.db.LockWait;
import org.sigti.security.Roles;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;

/**
 * Seats and equipment given to and taken back from a person, called by the procedures that give and take them
 * (altas and bajas of accounts, SEPREM-DI-001.1/002.1, S04.03.01.01/02, S04.03.04.01) <em>inside their own
 * transaction</em>: every method is {@link TransactionAttributeType#MANDATORY}, so a refused seat rolls back the
 * whole alta and no account exists without the seat its platform needs. Refusals are {@link InventoryException}s
 * with a message key; persistence failures are never caught here, so they roll the caller back too.
 *
 * <p>Seats are taken under a pessimistic write lock on the pool rows of the platform, so two altas racing for the
 * last seat are serialized: one takes it, the other finds the pool exhausted. The pool's {@code @Version} and the
 * database CHECK {@code seats_used <= seats_total} are the last line.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InventoryCustody {

    static final ZoneId ZONE = ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    TrailLedgers ledgers;

    @jakarta.ejb.EJB
    org.sigti.people.InstitutionScope scope;

    Clock clock = Clock.systemUTC();

    /**
     * Gives {@code holder} a seat of a pool that licenses the platform {@code platformCode} (a code of the catalog
     * of systems). The first pool by id with a free seat that has not expired wins. A holder who already has an
     * active seat of that platform keeps it (nothing changes). A platform with no pool at all needs no seat
     * (nothing changes; see {@link #needsSeat}).
     *
     * @throws InventoryException {@code inventory.platform.unknown} for a code not in the catalog,
     *         {@code inventory.pool.exhausted} when every pool of the platform is full or expired
     */
    public void assignSeat(String platformCode, String holder, long caseId, String actor) {
        LockWait.bound(em);
        String code = required(platformCode, "inventory.platform.unknown");
        String who = username(holder, "inventory.holder.required");
        ItSystem system = platform(code);
        List<LicensePool> pools = em.createNamedQuery("LicensePool.findBySystem", LicensePool.class)
                .setParameter("system", system).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (pools.isEmpty()) {
            return;
        }
        boolean held = em.createNamedQuery("LicenseSeat.findActiveByHolder", LicenseSeat.class)
                .setParameter("holder", who).getResultStream()
                .anyMatch(s -> s.getPool().getSystem() != null && code.equals(s.getPool().getSystem().getCode()));
        if (held) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        for (LicensePool pool : pools) {
            em.refresh(pool, LockModeType.PESSIMISTIC_WRITE); // the committed count, under the lock
            if (pool.hasFreeSeat(today)) {
                pool.take();
                em.persist(new LicenseSeat(pool, who, actorOf(actor), caseId, now()));
                em.flush();
                return;
            }
        }
        throw new InventoryException("inventory.pool.exhausted", code);
    }

    /** Whether an account on this platform takes a seat (it has at least one pool). */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean needsSeat(String platformCode) {
        return platformCode != null && !em.createNamedQuery("LicensePool.findByPlatform", LicensePool.class)
                .setParameter("code", platformCode.strip()).setMaxResults(1).getResultList().isEmpty();
    }

    /** Releases every active seat of {@code holder}, giving each back to its pool; returns how many. */
    public int releaseSeats(String holder, long caseId, String actor) {
        LockWait.bound(em);
        String who = username(holder, "inventory.holder.required");
        List<LicenseSeat> seats = em.createNamedQuery("LicenseSeat.findActiveByHolder", LicenseSeat.class)
                .setParameter("holder", who).getResultList();
        Instant now = now();
        for (LicenseSeat seat : seats) {
            LicensePool pool = em.find(LicensePool.class, seat.getPool().getId(), LockModeType.PESSIMISTIC_WRITE);
            seat.release(actorOf(actor), caseId, now);
            pool.giveBack();
        }
        em.flush();
        return seats.size();
    }

    /**
     * Hands equipment {@code equipmentId}, which must be in stock, to {@code custodian}, recording the custody
     * change under {@code caseId}.
     *
     * @throws InventoryException {@code inventory.equipment.unknown}, {@code inventory.equipment.notInStock}
     */
    public void assignEquipment(long equipmentId, String custodian, String custodianName, String unitCode,
            long caseId, String actor) {
        LockWait.bound(em);
        String who = username(custodian, "inventory.custodian.required");
        Equipment e = em.find(Equipment.class, equipmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e != null && !e.getInstitutionCode().equals(institutionOf(caseId))) {
            throw scope.deny("InventoryCustody.assignEquipment", "equipment", equipmentId);
        }
        if (e == null) {
            throw new InventoryException("inventory.equipment.unknown", String.valueOf(equipmentId));
        }
        if (e.getState() != EquipmentState.IN_STOCK) {
            throw new InventoryException("inventory.equipment.notInStock", e.getPatrimonialCode());
        }
        Instant now = now();
        e.assignTo(who, blankToNull(custodianName), blankToNull(unitCode), caseId, now);
        ledgers.persist(TrailTable.EQUIPMENT_CUSTODY, new CustodyChange(e, null, null, actorOf(actor), caseId, now));
        em.flush();
    }

    /** Returns to stock every piece of equipment {@code custodian} holds; returns how many. */
    public int returnEquipmentToStock(String custodian, long caseId, String actor) {
        return returnToStock(custodian, null, caseId, actor);
    }

    /**
     * Returns to stock the equipment of one kind {@code custodian} holds (the digital-certificate devices of
     * S04.03.04.01 at separation, not the person's computer); returns how many.
     */
    public int returnEquipmentToStock(String custodian, EquipmentKind kind, long caseId, String actor) {
        if (kind == null) {
            throw new InventoryException("inventory.equipment.kindRequired");
        }
        return returnToStock(custodian, kind, caseId, actor);
    }

    private int returnToStock(String custodian, EquipmentKind kind, long caseId, String actor) {
        LockWait.bound(em);
        String who = username(custodian, "inventory.custodian.required");
        List<Equipment> held = em.createNamedQuery("Equipment.findHeldBy", Equipment.class)
                .setParameter("institution", institutionOf(caseId)).setParameter("username", who).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (kind != null) {
            held = held.stream().filter(e -> e.getKind() == kind).toList();
        }
        Instant now = now();
        for (Equipment e : held) {
            String fromName = e.getCustodianName();
            e.returnToStock(caseId, now);
            ledgers.persist(TrailTable.EQUIPMENT_CUSTODY,
                    new CustodyChange(e, who, fromName, actorOf(actor), caseId, now));
        }
        em.flush();
        return held.size();
    }

    /** The seats and equipment {@code username} holds now, seats first. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Holding> holdings(String username) {
        List<Holding> out = new ArrayList<>();
        if (username == null || username.isBlank()) {
            return out;
        }
        String who = username.strip().toLowerCase(java.util.Locale.ROOT);
        String institution = scope.caller();
        // one query with the pool's platform: the accounts screen calls this outside a transaction, where a lazy
        // platform could not be loaded afterwards
        for (Object[] r : em.createQuery("select s.id, p.code, p.product, sys.code, s.assignedAt, s.caseId"
                + " from LicenseSeat s join s.pool p left join p.system sys where s.activeHolder = :holder"
                + " and p.institutionCode = :institution order by s.assignedAt", Object[].class)
                .setParameter("holder", who).setParameter("institution", institution).getResultList()) {
            out.add(new Holding(Holding.SEAT, (Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (Instant) r[4], (Long) r[5]));
        }
        for (Equipment e : em.createNamedQuery("Equipment.findHeldBy", Equipment.class)
                .setParameter("institution", institution).setParameter("username", who).getResultList()) {
            out.add(new Holding(Holding.EQUIPMENT, e.getId(), e.getPatrimonialCode(),
                    e.getKind() + " " + e.getBrand() + " " + e.getModel(), null, e.getUpdatedAt(),
                    e.getLastCaseId()));
        }
        return out;
    }

    /** The institution of the case a custody change is made under: its equipment, pools and seats. */
    private String institutionOf(long caseId) {
        return em.find(org.sigti.workflow.WorkCase.class, caseId).getInstitutionCode();
    }

    /** A platform by its code (unique in the installation: the account procedures of every institution name it). */
    private ItSystem platform(String code) {
        return em.createQuery("select s from ItSystem s where s.code = :code", ItSystem.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new InventoryException("inventory.platform.unknown", code));
    }

    private Instant now() {
        return clock.instant();
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new InventoryException(key);
        }
        return value.strip();
    }

    /** Usernames are kept lower-case, as the directory gives them and as the lists filter them. */
    private static String username(String value, String key) {
        return required(value, key).toLowerCase(java.util.Locale.ROOT);
    }

    private static String actorOf(String actor) {
        return actor == null || actor.isBlank() ? "sigti" : actor.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
