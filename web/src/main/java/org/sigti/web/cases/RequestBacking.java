package org.sigti.web.cases;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.sigti.procedure.deployment.DeploymentCredentials;
import org.sigti.web.security.ActiveUser;
import org.sigti.workflow.CaseRef;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.Upload;
import org.sigti.workflow.Workflow;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.RequestOffers;

/**
 * "Nueva solicitud": the requester portal. A requester files a request in one of the procedures they may start,
 * with a request type of the Formulario de soporte técnico (DGP/ESIN-R-1), a description and a file; IT staff may
 * register a request received by phone, e-mail or WhatsApp for someone else. For a procedure whose Nota carries
 * credentials (UIT/ASS-PR01 and PR02) it offers their fields: typed values are handed to the vault in the filing's
 * transaction, never redisplayed, and cleared from this view's state as soon as the request ends.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The nine request types of the Formulario de soporte técnico (DGP/ESIN-R-1). */
    public static final List<String> REQUEST_TYPES = NewCase.REQUEST_TYPES;

    /** How many credentials the filing form offers at once (more are handed on the case page). */
    public static final int CREDENTIAL_ROWS = 3;

    @EJB
    private Workflow workflow;

    @EJB
    private DeploymentCredentials credentials;

    @Inject
    private Procedures procedures;

    @Inject
    private ActiveUser activeUser;

    private List<String> startable;
    private List<RequestOffers.Choice> choices;
    private String procedure;
    private String preselected;
    private String requestType;
    private String title;
    private String description;
    private String channel = NewCase.CHANNEL_PORTAL;
    private String contactEmail;
    private String contactPhone;
    private String onBehalfName;
    private transient UploadedFile file;
    private final List<CredentialInput> credentialRows = new ArrayList<>(IntStream.range(0, CREDENTIAL_ROWS)
            .mapToObj(i -> new CredentialInput()).toList());

    @PostConstruct
    void init() {
        startable = workflow.startable();
        choices = RequestOffers.of(startable.stream().map(procedures::definition).toList(), isItStaff());
        // a neutral default: nothing is chosen for the person, unless there is nothing to choose
        procedure = startable.size() == 1 ? startable.get(0) : null;
    }

    /**
     * Opened as {@code request.xhtml?procedure=CODE} (the catalog's "Iniciar"): selects that procedure when the
     * caller may start it, and says so when not.
     */
    public void preselect() {
        if (preselected == null || preselected.isBlank()) {
            return;
        }
        if (startable.contains(preselected)) {
            procedure = preselected;
        } else {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.text(Messages.bundle(faces), "request.notStartable", preselected), null));
        }
    }

    public String submit() {
        if (procedure == null || procedure.isBlank()) {
            Messages.error(isItStaff() ? "request.procedure.required" : "request.service.required");
            return null;
        }
        if (!startable.contains(procedure)) {
            Messages.show(new WorkflowException("workflow.procedure.unknown", String.valueOf(procedure)), f -> f);
            return null;
        }
        if (requestType != null && !requestType.isEmpty() && !REQUEST_TYPES.contains(requestType)) {
            Messages.show(new WorkflowException("workflow.field.choice"), f -> f);
            return null;
        }
        List<Upload> files = file == null || file.getSize() == 0 ? List.of()
                : List.of(new Upload(file.getFileName(), file.getContentType(), file.getContent()));
        CaseRef ref;
        NewCase draft = new NewCase(title, description, emptyToNull(requestType), channel, contactEmail, contactPhone,
                onBehalfName);
        try {
            ref = isTakesCredentials() ? credentials.file(procedure, draft, files, credentialRows.stream()
                    .filter(r -> !r.isBlank()).map(r -> new DeploymentCredentials.Handed(r.getLabel(), r.typed())).toList())
                    : workflow.start(procedure, draft, files);
        } catch (WorkflowException e) {
            Messages.show(e, field -> Messages.text(Messages.bundle(jakarta.faces.context.FacesContext
                    .getCurrentInstance()), "request." + field));
            return null;
        } finally {
            credentialRows.forEach(CredentialInput::clear);
        }
        Messages.info("request.filed", ref.number());
        return "/case.xhtml?faces-redirect=true&id=" + ref.id();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Whether the selected procedure's Nota carries credentials (UIT/ASS-PR01, PR02). */
    public boolean isTakesCredentials() {
        return procedure != null && credentials.takesCredentials(procedure);
    }

    public List<CredentialInput> getCredentialRows() {
        return credentialRows;
    }

    public boolean isItStaff() {
        return activeUser.getProfile() != null && activeUser.getProfile().roles().stream()
                .anyMatch(org.sigti.security.Roles.IT_STAFF::contains);
    }

    public List<String> getStartable() {
        return startable;
    }

    /**
     * The choices of "Nueva solicitud" in the caller's words: the services of their institution as people ask for
     * them, or, for the IT office, the manual's codes and names.
     */
    public List<RequestOffers.Choice> getChoices() {
        return choices;
    }

    public List<String> getRequestTypes() {
        return REQUEST_TYPES;
    }

    public List<String> getChannels() {
        return NewCase.CHANNELS;
    }

    public String getPreselected() {
        return preselected;
    }

    public void setPreselected(String preselected) {
        this.preselected = preselected;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getRequestType() {
        return requestType;
    }

    public void setRequestType(String requestType) {
        this.requestType = requestType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getOnBehalfName() {
        return onBehalfName;
    }

    public void setOnBehalfName(String onBehalfName) {
        this.onBehalfName = onBehalfName;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
