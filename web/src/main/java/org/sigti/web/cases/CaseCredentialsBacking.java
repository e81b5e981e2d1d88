package org.sigti.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sigti.procedure.deployment.DeploymentCredentials;
import org.sigti.workflow.WorkflowException;

/**
 * The case page's "Credenciales" (UIT/ASS-PR01 and PR02): the labels of the credentials handed, the requester's form
 * to hand one (sealed at once by the vault) and, for the Profesional assigned, the link that shows them. Request
 * scoped on purpose: the value typed lives for one request and never in the session or the view state.
 */
@Named("caseCredentials")
@RequestScoped
public class CaseCredentialsBacking {

    @EJB
    private DeploymentCredentials credentials;

    @Inject
    private CaseBacking page;

    private DeploymentCredentials.View view;
    private final CredentialInput credential = new CredentialInput();

    public DeploymentCredentials.View getView() {
        if (view == null) {
            view = page.getId() == null ? new DeploymentCredentials.View(false, java.util.List.of(), false, false)
                    : credentials.view(page.getId());
        }
        return view;
    }

    /** Hands the credential typed; the page reloads without it. */
    public String hand() {
        try {
            credentials.hand(page.getId(), credential.getLabel(), credential.typed());
        } catch (WorkflowException e) {
            Messages.show(e, f -> f);
            return null;
        } finally {
            credential.clear();
        }
        Messages.info("case.credentials.handed", credential.getLabel().strip());
        return "/case.xhtml?faces-redirect=true&id=" + page.getId();
    }

    public CredentialInput getCredential() {
        return credential;
    }
}
