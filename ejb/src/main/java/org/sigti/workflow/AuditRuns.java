package org.sigti.workflow;

import java.io.StringReader;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The audit trail's check of every case and ledger run in the background ({@link BackgroundTasks}, kind {@link
 * #KIND}), in a managed thread of the server that {@link AuditVerifier#start} (Jefe, Auditor) hands it to: the page
 * starts it and reads its progress; the result is kept with the run as JSON and read back as the
 * {@link AuditChain.Report} it was. The check reads outside a transaction, page by page ({@link AuditChain}), so no
 * transaction timeout cuts it at a million cases.
 */
@ApplicationScoped
public class AuditRuns {

    public static final String KIND = "AUDIT_CHECK";

    private static final Logger LOG = Logger.getLogger(AuditRuns.class.getName());

    @Inject
    AuditChain chain;

    @Inject
    TaskProgress tasks;

    /** Runs the check of run {@code taskId}, writing its progress and its end. */
    void verifyAll(long taskId) {
        try {
            AuditChain.Report report = chain.verifyAll((checked, total) -> tasks.progress(taskId, checked, total));
            tasks.end(taskId, true, json(report));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI: the audit check " + taskId + " failed", e);
            tasks.end(taskId, false, null);
        }
    }

    /** The report as the run keeps it. */
    static String json(AuditChain.Report report) {
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (AuditChain.Problem p : report.problems()) {
            problems.add(Json.createObjectBuilder().add("ledger", p.ledger()).add("where", p.where())
                    .add("seq", p.seq()).add("kind", p.kind()));
        }
        return Json.createObjectBuilder().add("cases", report.casesChecked()).add("records", report.recordsChecked())
                .add("problems", problems).build().toString();
    }

    /** The report a run kept. */
    static AuditChain.Report report(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            List<AuditChain.Problem> problems = o.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                    .map(p -> new AuditChain.Problem(p.getString("ledger"), p.getString("where"),
                            p.getJsonNumber("seq").longValue(), p.getString("kind"))).toList();
            return new AuditChain.Report(o.getJsonNumber("cases").longValue(), o.getJsonNumber("records")
                    .longValue(), problems);
        }
    }
}
