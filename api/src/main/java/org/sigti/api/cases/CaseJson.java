package org.sigti.api.cases;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.sigti.workflow.CaseView;
import org.sigti.workflow.InboxRow;
import org.sigti.workflow.MyCaseRow;
import org.sigti.workflow.flow.Text;

/**
 * The API's representations of cases, in the caller's language where SIGTI has two (procedure and step names). Dates
 * are ISO-8601 instants in UTC.
 */
public final class CaseJson {

    private CaseJson() {
    }

    /** A procedure: its code and name. */
    public record Procedure(String code, String name) {
    }

    /** A step that waits: its code and title, the role and unit it waits for, who has it, since when. */
    public record Step(String code, String title, String role, String unit, String assignee, Instant since) {
    }

    /** Where the case is: the API's address and the case page's. */
    public record Links(URI self, URI page) {
    }

    /** One case. */
    public record Case(long id, String number, String title, String description, String requestType,
            String channel, Procedure procedure, String state, List<Step> currentSteps, String requester,
            String priority, Instant created, Instant closed, Links links) {
    }

    /** A waiting step of the caller's inbox ({@code scope} mine, unit, office). */
    public record InboxItem(long caseId, String number, String title, Procedure procedure, Step step,
            String priority, Links links) {
    }

    /** One of the caller's own requests ({@code scope} requested). */
    public record Request(long id, String number, String title, Procedure procedure, String state, Instant created,
            Instant updated, Instant closed, Links links) {
    }

    /**
     * A page of a list: its scope, number (from 0) and size, the total (capped at {@code totalCap}: {@code
     * totalCapped} says the list holds more) and the items.
     */
    public record Page<T>(String scope, int page, int size, long total, boolean totalCapped, List<T> items) {
    }

    /** Addresses of cases, from the API's base ({@code .../sigti/api/v1/}). */
    public record Addresses(URI apiBase) {

        Links of(long id, String number) {
            return new Links(apiBase.resolve("cases/" + number), apiBase.resolve("../../case.xhtml?id=" + id));
        }
    }

    static Case of(CaseView view, Locale locale, Addresses at) {
        List<Step> steps = view.openSteps().stream().map(s -> new Step(s.stepCode(), s.title().in(locale),
                s.roleName(), s.unitCode(), s.assignee(), s.since())).toList();
        return new Case(view.id(), view.number(), view.title(), view.description(), view.requestType(),
                view.channel(), new Procedure(view.procedureCode(), name(view.procedureName(), locale)),
                view.status().name(), steps, view.requesterUsername(), view.priority(), view.openedAt(),
                view.closedAt(), at.of(view.id(), view.number()));
    }

    static InboxItem of(InboxRow row, Procedure procedure, String stepTitle, Addresses at) {
        return new InboxItem(row.caseId(), row.caseNumber(), row.title(), procedure, new Step(row.stepCode(),
                stepTitle, row.roleName(), row.unitCode(), row.assignee(), row.createdAt()), row.priority(),
                at.of(row.caseId(), row.caseNumber()));
    }

    static Request of(MyCaseRow row, Procedure procedure, Addresses at) {
        return new Request(row.id(), row.number(), row.title(), procedure, row.status().name(), row.openedAt(),
                row.updatedAt(), row.closedAt(), at.of(row.id(), row.number()));
    }

    static String name(Text text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}
