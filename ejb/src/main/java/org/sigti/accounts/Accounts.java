package org.sigti.accounts;

import java.util.List;
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

    public long count(AccountFilter filter) {
        return filtered("select count(a) from Account a", filter, Long.class).getSingleResult();
    }

    public List<AccountRow> page(AccountFilter filter, int first, int size) {
        List<Account> accounts = filtered("select a from Account a", filter, Account.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
                .getResultList();
        return accounts.stream().map(this::row).toList();
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
                + " where a.personUsername = :p order by e.id desc", Object[].class)
                .setParameter("p", person).setMaxResults(MAX_HISTORY).getResultList().stream().map(r -> {
                    AccountEvent e = (AccountEvent) r[0];
                    return new AccountEventRow(e.getId(), e.getAt(), (String) r[1], (String) r[2],
                            e.getAction().name(), e.getActor(), (String) r[3], e.getDetail());
                }).toList();
    }

    private <T> TypedQuery<T> filtered(String select, AccountFilter filter, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
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
        TypedQuery<T> q = em.createQuery(jpql.toString(), type);
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

    private AccountRow row(Account a) {
        return new AccountRow(a.getId(), a.getPlatformCode(), a.getAccountName(), a.getPersonUsername(),
                a.getPersonName(), a.getPersonUnitCode(), a.getStatus().name(),
                a.getPrivileges().stream().sorted().collect(Collectors.joining(", ")), a.getGrantedBy(),
                a.getGrantedAt(), caseNumber(a.getGrantCaseId()), a.getClosedBy(), a.getClosedAt(),
                caseNumber(a.getCloseCaseId()));
    }
}
