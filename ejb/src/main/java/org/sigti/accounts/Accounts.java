package org.sigti.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.security.Roles;

/**
 * The accounts lists: every account (paged in the database, filtered by platform, status and person), a person's
 * accounts and the history of their changes. Read only, for the Jefe, the Responsables, the Técnicos, the help-desk
 * Operadores (who check the inventory of VPN users and keep the registers of created and deleted VPN users: E7 step 17,
 * E8 steps 5 and 9; the list filtered by platform VPN) and the Auditor; accounts change only through the account
 * procedures ({@link AccountLedger}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class Accounts {

    public static final int MAX_PAGE = 100;
    public static final int MAX_HISTORY = 200;

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    org.sigti.people.InstitutionScope scope;

    public long count(AccountFilter filter) {
        return filtered("select count(a) from Account a", filter, Long.class).getSingleResult();
    }

    public List<AccountRow> page(AccountFilter filter, int first, int size) {
        List<Account> accounts = filtered("select a from Account a", filter, Account.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
                .getResultList();
        Map<Long, Map<String, PrivilegeGrant>> grants = grants(accounts);
        return accounts.stream().map(a -> row(a, grants.getOrDefault(a.getId(), Map.of()))).toList();
    }

    /** A person's accounts. */
    public List<AccountRow> ofPerson(String username) {
        return page(new AccountFilter(null, null, username), 0, MAX_PAGE);
    }

    /** The latest changes of a person's accounts, newest first. */
    public List<AccountEventRow> history(String username) {
        String person = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return em.createQuery("select e, a.platformCode, a.accountName, c.number from AccountEvent e"
                + " join Account a on a.id = e.accountId left join WorkCase c on c.id = e.caseId"
                + " where a.institutionCode = :institution and a.personUsername = :p order by e.id desc",
                Object[].class).setParameter("institution", scope.caller()).setParameter("p", person).setMaxResults(MAX_HISTORY).getResultList().stream().map(r -> {
                    AccountEvent e = (AccountEvent) r[0];
                    return new AccountEventRow(e.getId(), e.getAt(), (String) r[1], (String) r[2],
                            e.getAction().name(), e.getActor(), (String) r[3], e.getDetail());
                }).toList();
    }

    private <T> TypedQuery<T> filtered(String select, AccountFilter filter, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where a.institutionCode = :institution");
        if (filter.platformCode() != null) {
            jpql.append(" and a.platformCode = :platform");
        }
        if (filter.status() != null) {
            jpql.append(" and a.status = :status");
        }
        if (filter.person() != null) {
            jpql.append(" and a.personUsername = :person");
        }
        if (type == Account.class) {
            jpql.append(" order by a.personUsername, a.platformCode, a.id");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type).setParameter("institution", scope.caller());
        if (filter.platformCode() != null) {
            q.setParameter("platform", filter.platformCode());
        }
        if (filter.status() != null) {
            q.setParameter("status", AccountStatus.valueOf(filter.status()));
        }
        if (filter.person() != null) {
            q.setParameter("person", filter.person());
        }
        return q;
    }

    private String caseNumber(Long caseId) {
        return caseId == null ? null : em.createQuery("select c.number from WorkCase c where c.id = :id", String.class)
                .setParameter("id", caseId).getResultStream().findFirst().orElse(null);
    }

    private AccountRow row(Account a, Map<String, PrivilegeGrant> grants) {
        String grantCase = caseNumber(a.getGrantCaseId());
        List<PrivilegeGrant> held = a.getPrivileges().stream().sorted().map(code -> grants.getOrDefault(code,
                new PrivilegeGrant(code, null, false, a.getGrantedBy(), a.getGrantedAt(), a.getGrantCaseId(),
                        grantCase))).toList();
        return new AccountRow(a.getId(), a.getPlatformCode(), a.getAccountName(), a.getPersonUsername(),
                a.getPersonName(), a.getPersonUnitCode(), a.getStatus().name(),
                a.getPrivileges().stream().sorted().collect(Collectors.joining(", ")), a.getGrantedBy(),
                a.getGrantedAt(), grantCase, a.getClosedBy(), a.getClosedAt(), caseNumber(a.getCloseCaseId()),
                a.getGrantCaseId(), a.getCloseCaseId(), held);
    }

    /**
     * Who granted each privilege the accounts hold, when and by which case: the latest GRANTED or PRIVILEGES event
     * of the account that names it (the ledger writes them as "A, B" and "+ A, B"), with the catalog's name and
     * whether it is uncommon. Two queries for the whole page.
     */
    private Map<Long, Map<String, PrivilegeGrant>> grants(List<Account> accounts) {
        List<Long> ids = accounts.stream().filter(a -> !a.getPrivileges().isEmpty()).map(Account::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, PlatformPrivilege> catalog = new HashMap<>();
        em.createQuery("select v from PlatformPrivilege v where v.platformCode in :p", PlatformPrivilege.class)
                .setParameter("p", accounts.stream().map(Account::getPlatformCode).distinct().toList())
                .getResultStream().forEach(v -> catalog.put(v.getPlatformCode() + ":" + v.getCode(), v));
        Map<Long, String> platformOf = new HashMap<>();
        accounts.forEach(a -> platformOf.put(a.getId(), a.getPlatformCode()));
        Map<Long, Map<String, PrivilegeGrant>> grants = new HashMap<>();
        List<Object[]> events = em.createQuery("select e, c.number from AccountEvent e left join WorkCase c"
                + " on c.id = e.caseId where e.accountId in :ids and e.action in :actions order by e.id", Object[].class)
                .setParameter("ids", ids).setParameter("actions", List.of(AccountEvent.Action.GRANTED,
                        AccountEvent.Action.PRIVILEGES)).getResultList();
        for (Object[] r : events) {
            AccountEvent e = (AccountEvent) r[0];
            String detail = e.getDetail() == null ? "" : e.getDetail().strip();
            if (detail.startsWith("+")) {
                detail = detail.substring(1);
            }
            for (String code : detail.split(",")) {
                String c = code.strip();
                if (!c.isEmpty()) {
                    PlatformPrivilege v = catalog.get(platformOf.get(e.getAccountId()) + ":" + c);
                    grants.computeIfAbsent(e.getAccountId(), k -> new HashMap<>()).put(c, new PrivilegeGrant(c,
                            v == null ? null : v.getName(), v != null && v.isUncommon(), e.getActor(), e.getAt(),
                            e.getCaseId(), (String) r[1]));
                }
            }
        }
        return withCatalog(grants, accounts, catalog);
    }

    /** Privileges no event names (rows written by SQL): granted with the account. */
    private Map<Long, Map<String, PrivilegeGrant>> withCatalog(Map<Long, Map<String, PrivilegeGrant>> grants,
            List<Account> accounts, Map<String, PlatformPrivilege> catalog) {
        for (Account a : accounts) {
            for (String code : a.getPrivileges()) {
                Map<String, PrivilegeGrant> held = grants.computeIfAbsent(a.getId(), k -> new HashMap<>());
                if (!held.containsKey(code)) {
                    PlatformPrivilege v = catalog.get(a.getPlatformCode() + ":" + code);
                    held.put(code, new PrivilegeGrant(code, v == null ? null : v.getName(), v != null && v.isUncommon(),
                            a.getGrantedBy(), a.getGrantedAt(), a.getGrantCaseId(), caseNumber(a.getGrantCaseId())));
                }
            }
        }
        return grants;
    }
}
