package org.sigti.procedure.phishing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.accounts.Account;
import org.sigti.accounts.AccountLedger;
import org.sigti.accounts.AccountOrder;
import org.sigti.accounts.AccountStatus;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Steps 14 and 15 of S04.04.00.02 through the accounts module ({@link AccountLedger}), in the move's transaction:
 * a compromised account is deleted (closed, its history naming this case) and a new one created for its person on the
 * same mail platform (granted, its history naming this case); with "keep the account" the ledger is not touched (only
 * compromised mails are deleted, on the mail platform). The new account carries no privileges: they are granted
 * through S04.03.01.01. Any refusal rolls back the move whole.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CompromisedAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLedger ledger;

    @Inject
    CaseValues values;

    /** Step 14: each compromised user's account on the platform exists; "eliminar_cuenta" closes it. */
    void remediate(Transition t) {
        String platform = platform(t);
        String institution = em.find(WorkCase.class, t.caseId()).getInstitutionCode();
        List<String> users = values.items(t, PhishingFields.COMPROMISED);
        for (String user : users) {
            boolean held = em.createQuery("select count(a) from Account a where a.platformCode = :p"
                    + " and a.accountName = :n and a.status <> :closed and a.institutionCode = :i", Long.class)
                    .setParameter("p", platform).setParameter("n", user).setParameter("closed", AccountStatus.CLOSED)
                    .setParameter("i", institution).getSingleResult() > 0;
            if (!held) {
                throw new WorkflowException("phishing.account.none", user, platform);
            }
        }
        if (t.took("eliminar_cuenta")) {
            users.forEach(user -> ledger.closeOn(platform, user, t.caseId(), t.actor().username()));
        }
    }

    /** Step 15: a new account for the person of each account this case deleted at step 14. */
    void recreate(Transition t) {
        String platform = platform(t);
        List<Account> deleted = em.createQuery("select a from Account a where a.closeCaseId = :c"
                + " and a.platformCode = :p order by a.id", Account.class).setParameter("c", t.caseId())
                .setParameter("p", platform).getResultList();
        for (Account old : deleted) {
            ledger.open(new AccountOrder(old.getPersonUsername(), old.getPersonName(), old.getPersonUnitCode(),
                    List.of(platform), Map.of(), null), t.caseId(), t.actor().username(), false);
        }
    }

    private String platform(Transition t) {
        String platform = values.value(t, PhishingFields.PLATFORM);
        if (platform == null) {
            throw new WorkflowException("phishing.platform.required", t.caseNumber());
        }
        return platform.toUpperCase(Locale.ROOT);
    }
}
