package org.sigti.web.home;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sigti.security.Roles;
import org.sigti.web.cases.Messages;
import org.sigti.workflow.Assignee;
import org.sigti.workflow.Assignees;
import org.sigti.workflow.BulkWork;
import org.sigti.workflow.InboxRow;
import org.sigti.workflow.WorkflowException;

/**
 * Bulk work on "Mi bandeja": the rows ticked in the table are taken, or assigned to a person picked from the queues
 * the caller may assign in. Each step is done as alone ({@link BulkWork}); the page then lists, case by case, what was
 * done and why a step was refused. The controls show only to those whose role may take or assign.
 */
@Named
@ViewScoped
public class BulkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the result: the case number, whether it was done, and what the user reads. */
    public record Line(String caseNumber, String stepCode, boolean done, String text) implements Serializable {
    }

    @EJB
    private BulkWork bulk;

    @EJB
    private Assignees assignees;

    @Inject
    private HomeBacking home;

    private List<InboxRow> selected = new ArrayList<>();
    private String assignee;
    private List<Assignee> people;
    private List<Line> lines = List.of();

    /** Whether the caller may take steps of their queue: any IT role that performs steps, in "Lo que me espera". */
    public boolean isMayTake() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Roles.PERFORMERS.stream().anyMatch(external::isUserInRole);
    }

    /** Whether the caller may assign steps (the Jefe; a Responsable in their unit). */
    public boolean isMayAssign() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.JEFE) || external.isUserInRole(Roles.RESPONSABLE);
    }

    public boolean isOffered() {
        return isMayTake() || isMayAssign();
    }

    /** The people of the queues the caller may assign in, read once per view. */
    public List<Assignee> getPeople() {
        if (people == null) {
            people = isMayAssign() ? assignees.ofCaller() : List.of();
        }
        return people;
    }

    public void take() {
        run(bulk::take, "index.bulk.taken");
    }

    public void assign() {
        if (assignee == null || assignee.isBlank()) {
            Messages.error("index.bulk.assignee.required");
            return;
        }
        run(items -> bulk.assign(items, assignee), "index.bulk.assigned");
    }

    private void run(Function<List<BulkWork.Item>, List<BulkWork.Outcome>> action, String doneKey) {
        List<BulkWork.Outcome> outcomes;
        try {
            outcomes = action.apply(selected.stream().map(r -> new BulkWork.Item(r.itemId(), r.version()))
                    .toList());
        } catch (WorkflowException e) {
            Messages.show(e, field -> field);
            return;
        }
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        Map<Long, InboxRow> rows = selected.stream().collect(Collectors.toMap(InboxRow::itemId, r -> r, (a, b) -> a));
        String who = getPeople().stream().filter(p -> p.username().equals(assignee)).map(Assignee::fullName)
                .findFirst().orElse(assignee);
        lines = outcomes.stream().map(o -> {
            InboxRow row = rows.get(o.itemId());
            String text = o.done() ? Messages.text(bundle, doneKey, who)
                    : Messages.text(bundle, o.messageKey(), readable(bundle, o).toArray());
            return new Line(row.caseNumber(), row.stepCode(), o.done(), text);
        }).toList();
        long done = outcomes.stream().filter(BulkWork.Outcome::done).count();
        String summary = Messages.text(bundle, "index.bulk.summary", done, outcomes.size() - done);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(done == outcomes.size()
                ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, summary, null));
        selected = new ArrayList<>();
        home.search();
    }

    /** A refusal's arguments as people read them: a role by its name ("Operador"), never its key. */
    private static List<String> readable(ResourceBundle bundle, BulkWork.Outcome o) {
        return o.arguments().stream().map(a -> Roles.ALL.contains(a) ? Messages.text(bundle, "role." + a) : a)
                .toList();
    }

    public List<InboxRow> getSelected() {
        return selected;
    }

    public void setSelected(List<InboxRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public List<Line> getLines() {
        return lines;
    }
}
