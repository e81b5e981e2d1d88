package org.sigti.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.sigti.workflow.WorkflowException;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;

/**
 * The only code that changes accounts. It runs inside the transaction of a case's move (the procedure's
 * hooks), so an alta's accounts, seats and equipment, or a baja's closings, releases and returns, are written
 * with the move or not at all: any refusal here is a {@link WorkflowException} that rolls everything back, and the
 * kernel writes neither the step nor its audit record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountLedger {

    /** SQL states of a lock not granted in time: H2's lock timeout, PostgreSQL's lock_not_available. */
    private static final Set<String> LOCK_STATES = Set.of("HYT00", "55P03");

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    TrailLedgers ledgers;

    @jakarta.ejb.EJB
    org.sigti.inventory.InventoryCustody custody;

    @Inject
    @Any
    Instance<AccountsFaultInjector> faults;

    /**
     * An alta: opens an account on each platform ordered (named by the person's user name) with its privileges,
     * takes a license seat for each platform that needs one, and hands over the equipment ordered. Uncommon
     * privileges need {@code authorized} (the Secretario General's signed authorization was recorded).
     */
    public List<Account> open(AccountOrder order, long caseId, String actor, boolean authorized) {
        check(order, caseId, authorized);
        Instant now = now();
        // the accounts are the case's institution's, on its own platforms (check refused any other's)
        String institution = institutionOf(caseId);
        List<Account> opened = new ArrayList<>();
        for (String platform : order.platforms()) {
            if (liveAccount(platform, order.username()) != null) {
                throw new WorkflowException("accounts.name.taken", order.username(), platform);
            }
            Account account = new Account(institution, platform, order.username(), order.username(), order.personName(),
                    order.unitCode(), order.privilegesOn(platform), actor, caseId, now);
            em.persist(account);
            opened.add(account);
        }
        flush(order);
        for (Account account : opened) {
            history(account, now, actor, AccountEvent.Action.GRANTED, caseId, String.join(", ", account.getPrivileges()));
        }
        reached("alta", "accounts");
        for (String platform : order.platforms()) {
            // a platform whose accounts need a seat has a license pool: exhausted, the whole alta is refused
            inventoryDo(() -> custody.assignSeat(platform, order.username(), caseId, actor));
        }
        reached("alta", "seats");
        if (order.equipmentId() != null) {
            inventoryDo(() -> custody.assignEquipment(order.equipmentId(), order.username(), order.personName(),
                    order.unitCode(), caseId, actor));
        }
        reached("alta", "equipment");
        return opened;
    }

    /**
     * A modification (E7 steps 5–6): adds the ordered privileges to the person's open accounts, and opens (with
     * its seat) an account on each ordered platform where the person has none.
     */
    public void modify(AccountOrder order, long caseId, String actor, boolean authorized) {
        check(order, caseId, authorized);
        Instant now = now();
        List<String> missing = new ArrayList<>();
        for (String platform : order.platforms()) {
            Account account = liveAccount(platform, order.username());
            if (account == null) {
                missing.add(platform);
            } else {
                Set<String> added = account.grantPrivileges(order.privilegesOn(platform));
                if (!added.isEmpty()) {
                    history(account, now, actor, AccountEvent.Action.PRIVILEGES, caseId, "+ " + String.join(", ", added));
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Set<String>> privileges = new LinkedHashMap<>();
            missing.forEach(p -> privileges.put(p, order.privilegesOn(p)));
            open(new AccountOrder(order.username(), order.personName(), order.unitCode(), missing, privileges, null),
                    caseId, actor, authorized);
        }
        reached("modificacion", "accounts");
    }

    /** E8 step 2: disables every open account of the person and removes their privileges. */
    public int disableAll(String username, long caseId, String actor) {
        return disableAllBut(username, Set.of(), caseId, actor);
    }

    /**
     * Disables every open account of the person but those on {@code keptPlatforms} (which another branch of the case
     * removes, e.g. the VPN user) and removes their privileges.
     */
    public int disableAllBut(String username, Set<String> keptPlatforms, long caseId, String actor) {
        Instant now = now();
        List<Account> accounts = openAccounts(username, keptPlatforms);
        for (Account account : accounts) {
            if (account.getStatus() == AccountStatus.ACTIVE) {
                Set<String> removed = account.disable();
                history(account, now, actor, AccountEvent.Action.DISABLED, caseId,
                        removed.isEmpty() ? null : "- " + String.join(", ", removed));
            }
        }
        return accounts.size();
    }

    /**
     * A baja: closes every account the person still has, releases their license seats and returns their equipment
     * to stock. Returns what was done, for the case's trail.
     */
    public BajaResult closeAll(String username, long caseId, String actor) {
        return closeAllBut(username, Set.of(), caseId, actor);
    }

    /** A baja that leaves the accounts on {@code keptPlatforms} to another branch of the case (the VPN user). */
    public BajaResult closeAllBut(String username, Set<String> keptPlatforms, long caseId, String actor) {
        Instant now = now();
        List<Account> accounts = openAccounts(username, keptPlatforms);
        for (Account account : accounts) {
            account.close(actor, caseId, now);
            history(account, now, actor, AccountEvent.Action.CLOSED, caseId, null);
        }
        flush(null);
        reached("baja", "accounts");
        int seats = inventory(() -> custody.releaseSeats(username, caseId, actor));
        reached("baja", "seats");
        int equipment = inventory(() -> custody.returnEquipmentToStock(username, caseId, actor));
        reached("baja", "equipment");
        return new BajaResult(accounts.size(), seats, equipment);
    }

    /** E8 step 8: closes the person's VPN account. Returns whether there was one. */
    public boolean closeOn(String platform, String username, long caseId, String actor) {
        Account account = liveAccount(platform, username);
        if (account == null) {
            return false;
        }
        account.close(actor, caseId, now());
        history(account, now(), actor, AccountEvent.Action.CLOSED, caseId, null);
        return true;
    }

    /** Whether the person still holds an account that is not closed (active or disabled). */
    public boolean holdsOpenAccounts(String username) {
        return em.createQuery("select count(a) from Account a where a.personUsername = :u and a.status <> :closed",
                Long.class).setParameter("u", username).setParameter("closed", AccountStatus.CLOSED)
                .getSingleResult() > 0;
    }

    /** The people whose accounts a case closed, by user name. */
    public List<String> closedBy(long caseId) {
        return em.createQuery("select distinct a.personUsername from Account a where a.closeCaseId = :c"
                + " order by a.personUsername", String.class).setParameter("c", caseId).getResultList();
    }

    /** What a baja did. */
    public record BajaResult(int accounts, int seats, int equipment) {
    }

    /**
     * Checks the ordered platforms and privileges against the catalog of the case's institution, that they are active
     * (a deactivated platform takes no new accounts, a retired privilege is granted no more), and that uncommon ones
     * are authorized. A platform of another institution is, for the case, a platform that does not exist.
     */
    public void check(AccountOrder order, long caseId, boolean authorized) {
        check(order, caseId, authorized, true);
    }

    /**
     * As {@link #check(AccountOrder, long, boolean)}; with {@code granting} false (a baja names the platforms it
     * closes) deactivated platforms and retired privileges pass.
     */
    public void check(AccountOrder order, long caseId, boolean authorized, boolean granting) {
        String institution = institutionOf(caseId);
        for (String platform : order.platforms()) {
            AccountPlatform known = em.find(AccountPlatform.class, platform);
            if (known == null || !known.getInstitutionCode().equals(institution)) {
                throw new WorkflowException("accounts.platform.unknown", platform);
            }
            if (granting && !known.isActive()) {
                throw new WorkflowException("accounts.platform.inactive", platform);
            }
        }
        for (String pair : order.privilegePairs()) {
            String[] parts = pair.split(":");
            PlatformPrivilege known = parts.length != 2 ? null
                    : em.find(PlatformPrivilege.class, new PlatformPrivilege.Key(parts[0], parts[1]));
            AccountPlatform platform = known == null ? null : em.find(AccountPlatform.class, parts[0]);
            if (known == null || platform == null || !platform.getInstitutionCode().equals(institution)) {
                throw new WorkflowException("accounts.privilege.unknown", pair);
            }
            if (granting && !known.isActive()) {
                throw new WorkflowException("accounts.privilege.inactive", pair);
            }
        }
        Set<String> uncommon = uncommon(order);
        if (!uncommon.isEmpty() && !authorized) {
            throw new WorkflowException("accounts.uncommon.unauthorized", String.join(", ", uncommon));
        }
    }

    /**
     * Calls the inventory inside this transaction. Its refusals (pool exhausted, equipment not in stock) pass as
     * they are; a failure of the database under it (a row locked past the lock timeout, a constraint) marked the
     * transaction for rollback and comes back as a message the user reads.
     */
    private <T> T inventory(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (jakarta.ejb.EJBException failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof jakarta.persistence.PessimisticLockException
                        || t instanceof jakarta.persistence.LockTimeoutException
                        || t instanceof java.sql.SQLException sql && LOCK_STATES.contains(sql.getSQLState())) {
                    throw new WorkflowException("accounts.inventory.busy");
                }
            }
            throw new WorkflowException("accounts.inventory.failed");
        }
    }

    private void inventoryDo(Runnable call) {
        inventory(() -> {
            call.run();
            return null;
        });
    }

    /** The uncommon privileges among those ordered. */
    public Set<String> uncommon(AccountOrder order) {
        Set<String> uncommon = new TreeSet<>();
        for (String pair : order.privilegePairs()) {
            if (privilege(pair).filter(Boolean.TRUE::equals).isPresent()) {
                uncommon.add(pair);
            }
        }
        return uncommon;
    }

    /** Whether a PLATFORM:PRIVILEGE of the catalog is uncommon; empty when the catalog has no such privilege. */
    private java.util.Optional<Boolean> privilege(String pair) {
        String[] parts = pair.split(":");
        return em.createNativeQuery("select uncommon from platform_privilege where platform_code = ?1 and code = ?2")
                .setParameter(1, parts[0]).setParameter(2, parts[1]).getResultStream().findFirst()
                .map(Boolean.TRUE::equals);
    }

    private Account liveAccount(String platform, String username) {
        return em.createQuery("select a from Account a where a.platformCode = :p and a.accountName = :n"
                + " and a.status <> :closed", Account.class).setParameter("p", platform).setParameter("n", username)
                .setParameter("closed", AccountStatus.CLOSED).getResultStream().findFirst().orElse(null);
    }

    private List<Account> openAccounts(String username, Set<String> keptPlatforms) {
        try {
            return em.createQuery("select a from Account a where a.personUsername = :u and a.status <> :closed"
                    + " order by a.id", Account.class).setParameter("u", username)
                    .setParameter("closed", AccountStatus.CLOSED).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().stream().filter(a -> !keptPlatforms.contains(a.getPlatformCode())).toList();
        } catch (jakarta.persistence.PessimisticLockException | jakarta.persistence.LockTimeoutException busy) {
            throw new WorkflowException("accounts.busy", username);
        }
    }

    private void history(Account account, Instant at, String actor, AccountEvent.Action action, Long caseId,
            String detail) {
        ledgers.persist(TrailTable.ACCOUNT_EVENT, new AccountEvent(account.getId(), at, actor, action, caseId, detail));
    }

    /** Writes now, so a clash on an account name is this step's refusal rather than a failure at commit. */
    private void flush(AccountOrder order) {
        try {
            em.flush();
        } catch (PersistenceException clash) {
            throw order == null ? new WorkflowException("accounts.busy", "")
                    : new WorkflowException("accounts.name.taken", order.username(), String.join(", ", order.platforms()));
        }
    }

    private void reached(String operation, String point) {
        faults.forEach(f -> f.reached(operation, point));
    }

    /** The institution of the case an order is made for. */
    private String institutionOf(long caseId) {
        return em.find(org.sigti.workflow.WorkCase.class, caseId).getInstitutionCode();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
