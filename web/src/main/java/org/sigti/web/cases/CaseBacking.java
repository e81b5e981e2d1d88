package org.sigti.web.cases;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.sigti.canned.CannedResponses;
import org.sigti.canned.CannedRow;
import org.sigti.document.PdfSignatures;
import org.sigti.document.SignatureRefusedException;
import org.sigti.satisfaction.Rating;
import org.sigti.satisfaction.Satisfaction;
import org.sigti.web.home.DisplayTime;
import org.sigti.workflow.CaseDocuments;
import org.sigti.workflow.CaseQueries;
import org.sigti.workflow.CaseStatus;
import org.sigti.workflow.CaseView;
import org.sigti.workflow.ConcurrentActionException;
import org.sigti.workflow.Move;
import org.sigti.workflow.Upload;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.Workflow;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;

/**
 * The case page: the case, its open steps with the moves the caller may make, its recorded values, files and
 * history. The id comes from the URL and is checked by the service (a case the caller may not read answers 403).
 * Every action posts the version of the step the page showed, so the second of two people acting at once is told.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CaseQueries queries;

    @EJB
    private Workflow workflow;

    @EJB
    private org.sigti.kb.KnowledgeBase knowledgeBase;

    @EJB
    private CaseDocuments documents;

    @Inject
    private DisplayTime displayTime;

    @EJB
    private Satisfaction satisfaction;

    private Rating rating;

    private List<CaseDocuments.Listed> documentList;

    private java.util.List<org.sigti.kb.KbArticleRow> similar;

    @Inject
    private Procedures procedures;

    private transient Map<String, FieldDefinition> declaredFields;

    private Long id;
    private CaseView view;
    private final Map<Long, StepInput> inputs = new HashMap<>();
    private final Map<Long, List<org.sigti.workflow.Assignee>> queuePeople = new HashMap<>();

    @EJB
    private org.sigti.workflow.Assignees assignees;

    @EJB
    private CannedResponses canned;

    private List<CannedRow> cannedRows;
    private transient UploadedFile file;

    /** Loads the case named by the URL; a missing or malformed id is "not found". */
    public void load() throws IOException {
        if (id == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        view = queries.view(id);
    }

    /**
     * Articles of the knowledge base that share words with the case, for the IT staff who act on it (PR01 step 3:
     * "check the knowledge base" before routing it on).
     */
    public java.util.List<org.sigti.kb.KbArticleRow> getSimilar() {
        if (similar == null) {
            boolean acting = view != null && view.openSteps().stream().anyMatch(s -> s.mayAct() && !s.observation());
            similar = acting ? knowledgeBase.similar(view.title() + " " + (view.description() == null ? ""
                    : view.description()), 5) : java.util.List.of();
        }
        return similar;
    }

    /** The requester's rating of a closed case (given or still to give); null while the case is open. */
    public Rating getRating() {
        if (rating == null && view != null && view.status() == CaseStatus.CLOSED) {
            rating = satisfaction.of(view.id());
        }
        return rating;
    }

    /** The documents the case has now, as its procedures declare them: issued (a link) or to issue. */
    public List<CaseDocuments.Listed> getDocuments() {
        if (documentList == null) {
            documentList = view == null ? List.of() : documents.available(view.id());
        }
        return documentList;
    }

    /**
     * What a recorded value is called on the page: the label its procedure declares for the field (the procedure the
     * case is in, then the one it came from, then any: a field name belongs to one procedure's vocabulary), the name
     * of the document whose number it keeps ({@code doc_KIND}), else the bundle's {@code case.field.NAME}. Never the
     * internal name.
     */
    public String fieldLabel(CaseView.FieldRow row) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        FieldDefinition declared = declared(row.name());
        if (declared != null) {
            return declared.label().in(locale);
        }
        if (row.name().startsWith("doc_")) {
            String kind = row.name().substring(4);
            return getDocuments().stream().filter(d -> d.code().equals(kind)).findFirst()
                    .map(d -> Messages.text(Messages.bundle(FacesContext.getCurrentInstance()), "case.field.document",
                            d.name().in(locale)))
                    .orElseGet(() -> Messages.text(Messages.bundle(FacesContext.getCurrentInstance()),
                            "case.field.document", kind));
        }
        return Messages.text(Messages.bundle(FacesContext.getCurrentInstance()), "case.field." + row.name());
    }

    /** A recorded value as people read it: a choice's option label ("Correctivo", "No aplica"), never its key. */
    public String fieldValue(CaseView.FieldRow row) {
        FieldDefinition declared = declared(row.name());
        if (declared == null || declared.options().isEmpty() || row.value() == null) {
            return row.value();
        }
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return declared.options().stream().filter(o -> o.value().equals(row.value())).findFirst()
                .map(o -> o.label().in(locale)).orElse(row.value());
    }

    private FieldDefinition declared(String name) {
        if (declaredFields == null) {
            declaredFields = new HashMap<>();
            List<String> order = new java.util.ArrayList<>();
            if (view != null) {
                order.add(view.procedureCode());
                if (view.originProcedure() != null) {
                    order.add(view.originProcedure());
                }
            }
            java.util.stream.Stream.concat(order.stream().map(procedures::definition),
                    procedures.all().stream()).flatMap(d -> d.steps().stream()).flatMap(st -> st.fields().stream())
                    .forEach(f -> declaredFields.putIfAbsent(f.name(), f));
        }
        return declaredFields.get(name);
    }

    /** Issues a document of the case (its number, recorded on the case); copies are then downloaded by GET. */
    public String issue(String code) {
        String number;
        try {
            number = documents.issue(view.id(), code);
        } catch (WorkflowException e) {
            Messages.show(e, field -> field);
            return null;
        }
        Messages.info("case.document.issued", number);
        return reload();
    }

    /**
     * What the caller types for an open step. Its fields that the procedure declares {@linkplain
     * FieldDefinition#prefilledFromCase() pre-filled} start with the value the case holds (the latest recorded).
     */
    public StepInput input(long itemId) {
        return inputs.computeIfAbsent(itemId, this::prefilled);
    }

    private StepInput prefilled(long itemId) {
        StepInput in = new StepInput();
        if (view == null) {
            return in;
        }
        view.openSteps().stream().filter(s -> s.itemId() == itemId).findFirst().ifPresent(step -> step.fields()
                .stream().filter(FieldDefinition::prefilled).forEach(f -> view.fields().stream()
                        .filter(row -> row.name().equals(f.name()) && row.value() != null)
                        .reduce((first, second) -> second)
                        .ifPresent(row -> in.getFields().put(f.name(), row.value()))));
        return in;
    }

    /**
     * The canned responses a step of this case may take (issue 19): the institution's active texts for the case's
     * procedure and for all, offered to the IT staff who act on a step; nobody else is offered the picker.
     */
    public List<CannedRow> getCanned() {
        if (cannedRows == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            boolean staff = external.isUserInRole(org.sigti.security.Roles.JEFE)
                    || external.isUserInRole(org.sigti.security.Roles.RESPONSABLE)
                    || external.isUserInRole(org.sigti.security.Roles.TECNICO)
                    || external.isUserInRole(org.sigti.security.Roles.OPERADOR);
            boolean acting = view != null && view.openSteps().stream().anyMatch(s -> s.mayAct() && !s.observation());
            cannedRows = staff && acting ? canned.offeredFor(view.procedureCode()) : List.of();
        }
        return cannedRows;
    }

    /**
     * Inserts the chosen canned response into the step's comment, or into the long text field chosen as its target
     * (the solution), after what is typed there; nothing is sent until the user takes a way out.
     */
    public String insertCanned(CaseView.OpenStep step) {
        StepInput in = input(step.itemId());
        if (in.getCanned() == null || in.getCanned().isBlank()) {
            Messages.show(new WorkflowException("canned.pickOne"), f -> f);
            return null;
        }
        CannedRow row;
        try {
            row = canned.get(Long.parseLong(in.getCanned()));
        } catch (NumberFormatException | WorkflowException e) {
            Messages.show(new WorkflowException("canned.unknown", in.getCanned()), f -> f);
            return null;
        }
        String target = in.getCannedTarget();
        FieldDefinition field = target == null || target.isBlank() ? null : step.fields().stream()
                .filter(f -> f.name().equals(target) && f.kind() == org.sigti.workflow.flow.FieldKind.LONG_TEXT).findFirst()
                .orElse(null);
        String before = field == null ? in.getComment() : in.getFields().get(field.name());
        String after = before == null || before.isBlank() ? row.body() : before.stripTrailing() + "\n\n" + row.body();
        int max = field == null ? StepInput.COMMENT_MAXLENGTH : field.maxLength();
        if (after.length() > max) {
            Messages.show(new WorkflowException("canned.tooLong", String.valueOf(max)), f -> f);
            return null;
        }
        if (field == null) {
            in.setComment(after);
        } else {
            in.getFields().put(field.name(), after);
        }
        in.setCanned(null);
        return null;
    }

    /** The long text fields of a step a canned response may go into besides the comment (e.g. the solution). */
    public List<FieldDefinition> cannedTargets(CaseView.OpenStep step) {
        return step.fields().stream().filter(f -> f.kind() == org.sigti.workflow.flow.FieldKind.LONG_TEXT).toList();
    }

    /** Takes one of the declared ways out of an open step. */
    public String act(CaseView.OpenStep step, String outcome) {
        StepInput in = input(step.itemId());
        return run(() -> workflow.act(new Move(step.itemId(), step.version(), outcome, in.getComment(),
                in.getFields(), in.getNextAssignee())), "case.done", step);
    }

    /** Asks the requester for information (the step comes back with the answer). */
    public String observe(CaseView.OpenStep step) {
        StepInput in = input(step.itemId());
        return run(() -> workflow.observe(new Move(step.itemId(), step.version(), null, in.getComment(), null,
                null)), "case.observed", step);
    }

    public String take(CaseView.OpenStep step) {
        return run(() -> workflow.take(step.itemId(), step.version()), "case.taken", step);
    }

    /** The people of the step's queue, for the assign picker (read once per step and view). */
    public List<org.sigti.workflow.Assignee> assignees(CaseView.OpenStep step) {
        return queuePeople.computeIfAbsent(step.itemId(), assignees::ofItem);
    }

    public String assign(CaseView.OpenStep step) {
        StepInput in = input(step.itemId());
        return run(() -> workflow.assign(step.itemId(), step.version(), in.getAssignee()), "case.assigned", step);
    }

    /** Attaches the chosen file. */
    public String attach() {
        if (file == null || file.getSize() == 0) {
            Messages.show(new WorkflowException("workflow.attachment.empty"), f -> f);
            return null;
        }
        List<PdfSignatures.Signer> signers;
        try {
            signers = workflow.attach(view.id(), new Upload(file.getFileName(), file.getContentType(),
                    file.getContent()));
        } catch (WorkflowException e) {
            Messages.show(e, f -> f);
            return null;
        } catch (SignatureRefusedException e) {
            Messages.error(e.messageKey(), e.arguments().toArray());
            return null;
        }
        Messages.info("case.attached", file.getFileName());
        signers.forEach(s -> Messages.info("document.signature.accepted", s.name(), displayTime.format(
                s.signedAt())));
        return reload();
    }

    private String run(Runnable action, String doneKey, CaseView.OpenStep step) {
        try {
            action.run();
        } catch (ConcurrentActionException e) {
            // the message promises the current state: show it (a new GET) rather than the page the user acted on
            Messages.show(e, field -> field);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return reload();
        } catch (WorkflowException e) {
            Messages.show(e, field -> step.fields().stream().filter(f -> f.name().equals(field))
                    .map(f -> f.label().in(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                    .findFirst().orElseGet(() -> Messages.text(Messages.bundle(FacesContext.getCurrentInstance()),
                            "case.field." + field)));
            return null;
        }
        Messages.info(doneKey, view.number(), step.stepCode());
        return reload();
    }

    private String reload() {
        return "/case.xhtml?faces-redirect=true&id=" + view.id();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseView getView() {
        return view;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
