package org.sigti.web.cases;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** What a user typed for one open step: the step's values, a comment, the person the next step goes to. */
public class StepInput implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The longest comment a step takes (the page's maxlength). */
    public static final int COMMENT_MAXLENGTH = 3000;

    private final Map<String, String> fields = new HashMap<>();
    private String comment;
    private String nextAssignee;
    private String assignee;
    private String canned;
    private String cannedTarget;

    public Map<String, String> getFields() {
        return fields;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getNextAssignee() {
        return nextAssignee;
    }

    public void setNextAssignee(String nextAssignee) {
        this.nextAssignee = nextAssignee;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    /** The canned response picked to insert (its id). */
    public String getCanned() {
        return canned;
    }

    public void setCanned(String canned) {
        this.canned = canned;
    }

    /** Where it goes: blank for the comment, else a long text field's name. */
    public String getCannedTarget() {
        return cannedTarget;
    }

    public void setCannedTarget(String cannedTarget) {
        this.cannedTarget = cannedTarget;
    }
}
