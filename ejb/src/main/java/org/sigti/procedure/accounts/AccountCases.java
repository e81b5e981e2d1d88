package org.sigti.procedure.accounts;

import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.unit.Institution;
import org.sigti.accounts.Account;
import org.sigti.accounts.AccountOrder;
import org.sigti.accounts.AccountStatus;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.CaseField;
import org.sigti.workflow.CaseNotice;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/** What the account procedures share: the order a case recorded so far, and the four-eyes rule. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountCases {

    @PersistenceContext
    EntityManager em;

    /** The mail template of the mass mail announcing new accounts (org/sigti/workflow/mail.properties). */
    static final String MASS_MAIL = "accountsMass";
    /** The system property naming the distribution list the mass mail goes to (SIGTI_ACCOUNTS_MASS_MAIL). */
    static final String MASS_MAIL_TO = "sigti.accounts.mass-mail";
    static final String MASS_MAIL_DEFAULT = "cuentas-nuevas@sigti.example";

    @EJB
    SecurityEvents securityEvents;

    @Inject
    Event<CaseNotice> notices;

    /** The values recorded on the case, with those of the move under way over them. */
    public Map<String, String> values(Transition t) {
        Map<String, String> values = new HashMap<>();
        em.createQuery("select f from CaseField f where f.caseId = :c", CaseField.class).setParameter("c", t.caseId())
                .getResultList().forEach(f -> values.put(f.getName(), f.getValue()));
        values.putAll(t.fields());
        return values;
    }

    public AccountOrder order(Transition t, boolean needsPlatforms) {
        return AccountOrder.parse(AccountFields.ORDER, values(t), needsPlatforms);
    }

    public String value(Transition t, String name) {
        return values(t).get(name);
    }

    /**
     * Four eyes (ASVS 2.3.5, ISO 27001 A.5.3): nobody approves a grant or a baja of their own accounts, nor one
     * they requested. The refusal is recorded as a security event (its own transaction) and the move rolls back.
     */
    public void requireOtherApprover(Transition t, AccountOrder order) {
        String actor = t.actor().username();
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String reason = null;
        String key = null;
        if (actor.equalsIgnoreCase(order.username())) {
            reason = "approver is the person concerned";
            key = "accounts.fourEyes.self";
        } else if (c != null && actor.equalsIgnoreCase(c.getRequesterUsername())) {
            reason = "approver requested the case";
            key = "accounts.fourEyes.requester";
        }
        if (key != null) {
            securityEvents.refused(SecurityEventKind.ACCESS_DENIED, actor, t.actor().roles(), t.actor().unitCode(),
                    "Workflow.act " + t.outcome() + " (four eyes)", "case", String.valueOf(t.caseId()),
                    t.caseNumber() + " step " + t.fromStep() + ": " + reason + " (" + order.username() + ")");
            throw new WorkflowException(key, t.caseNumber(), order.username());
        }
    }

    /** Whether the case holds at least one attached file (the signed authorization's scan). */
    public boolean hasAttachment(long caseId) {
        return em.createQuery("select count(a) from CaseAttachment a where a.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult() > 0;
    }

    /**
     * E7 step 13, E8 step 6: the Técnico's answer "the VPN user exists (and is active)" or "it does not" must be
     * the inventory's. {@code existsOutcome} is the way out that says it exists; any other says it does not.
     */
    public void requireVpnInventoryAgrees(Transition t, String existsOutcome) {
        String user = order(t, false).username();
        boolean exists = hasVpnUser(user);
        if (existsOutcome.equals(t.outcome()) != exists) {
            throw new WorkflowException(exists ? "accounts.vpn.inInventory" : "accounts.vpn.notInInventory", user);
        }
    }

    /**
     * Whether the person holds a VPN user that is not closed: the inventory of existing, active VPN users is the
     * VPN platform's open accounts (E7 step 13, E8 step 6; the accounts screen filtered by platform VPN).
     */
    private boolean hasVpnUser(String username) {
        return em.createQuery("select count(a) from Account a where a.platformCode = 'VPN' and a.accountName = :n"
                + " and a.status = :active", Long.class).setParameter("n", username)
                .setParameter("active", AccountStatus.ACTIVE).getSingleResult() > 0;
    }

    /**
     * E7 step 10: the mass mail ("correo masivo") announcing the accounts this case created, so the other units
     * grant their own accesses (VPN, SISTRADOC, fotocheck). It goes to the distribution list of system property
     * {@value #MASS_MAIL_TO} after the move commits, never when it rolls back.
     */
    public void announceNewAccounts(Transition t, String stepTitle) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        StringBuilder list = new StringBuilder();
        em.createQuery("select a from Account a where a.grantCaseId = :c order by a.platformCode", Account.class)
                .setParameter("c", t.caseId()).getResultList().forEach(a -> list.append("- ")
                        .append(a.getPlatformCode()).append(": ").append(a.getAccountName()).append(" (")
                        .append(a.getPersonName()).append(a.getPersonUnitCode() == null ? ""
                                : ", " + a.getPersonUnitCode()).append(')')
                        .append(a.getPrivileges().isEmpty() ? "" : " " + String.join(", ", a.getPrivileges()))
                        .append('\n'));
        if (list.isEmpty()) {
            throw new WorkflowException("accounts.mass.noAccounts", t.caseNumber());
        }
        String to = System.getProperty(MASS_MAIL_TO, MASS_MAIL_DEFAULT);
        notices.fire(new CaseNotice(MASS_MAIL, to, "Unidades orgánicas", c.getId(), c.getNumber(), c.getTitle(),
                t.procedureCode(), t.fromStep(), stepTitle, list.toString().strip(),
                em.find(Institution.class, c.getInstitutionCode()).getName()));
    }
}
