package org.sigti.crash;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sigti.it.Sql;
import org.sigti.workflow.AuditChain;
import org.sigti.workflow.CaseNotice;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.StepDefinition;

/**
 * What the crash test checks in the database after each restart: no case is half-moved. The kernel writes a move with
 * one instant ({@code CaseEngine.now()}) on everything it touches: the trail records ({@code case_event.occurred_at}),
 * the steps it completes and opens ({@code work_item.completed_at}, {@code created_at}), the values it records
 * ({@code case_field.recorded_at}) and the case row ({@code work_case.updated_at}, {@code opened_at},
 * {@code closed_at}). A move cut in half by a kill would leave one of them without the others; so each row must meet
 * its move's trail record at that instant, and each trail record of a move must meet the rows it says it wrote. On top
 * come the audit chain and ledgers ({@link AuditChain#verifyAll()}), the open steps of open and closed cases, the
 * knowledge-base articles the support steps write, and the mails a move owes, which must be in the outbox exactly
 * when the move is in the trail.
 *
 * <p>A problem is one line naming the case and the evidence, at most {@value #SHOWN} per check.
 */
record MoveIntegrity(Sql sql, AuditChain chain, Procedures procedures) {

    /** Offending rows named per check; the count says how many more. */
    static final int SHOWN = 10;
    private static final int ALL = Integer.MAX_VALUE;

    /** The requester's mails the kernel queues ({@code CaseMailer}): what a move owes is decided from its record. */
    private static final Set<String> KERNEL_MAILS = Set.of(CaseNotice.FILED, CaseNotice.OBSERVED, CaseNotice.NOTIFIED,
            CaseNotice.CONFIRM, CaseNotice.CLOSED);

    /** A check: the rows that break it, first column the case number, the others its evidence. */
    private record Check(String name, String sql) {
    }

    /** The filing's own COMPLETE is record 2 (after START), and completes no work item: the filer had none. */
    private static final String MOVES = "(e.action in ('OBSERVE', 'ANSWER') or (e.action = 'COMPLETE' and e.seq > 2))";

    private static final List<Check> CHECKS = List.of(
            new Check("a step opened by no move", "select w.case_number, 'work_item', w.id, w.step_code,"
                    + " w.created_at from work_item w where not exists (select 1 from case_event e"
                    + " where e.case_id = w.case_id and e.occurred_at = w.created_at) order by w.id"),
            new Check("a step completed or cancelled by no move", "select w.case_number, 'work_item', w.id,"
                    + " w.step_code, w.status, w.completed_at from work_item w where w.completed_at is not null"
                    + " and not exists (select 1 from case_event e where e.case_id = w.case_id"
                    + " and e.occurred_at = w.completed_at) order by w.id"),
            new Check("a value recorded by no move", "select c.case_number, 'case_field', f.name, f.step_code,"
                    + " f.recorded_at from case_field f join work_case c on c.id = f.case_id where not exists"
                    + " (select 1 from case_event e where e.case_id = f.case_id and e.occurred_at = f.recorded_at)"
                    + " order by f.id"),
            new Check("a case row changed by no move", "select c.case_number, 'work_case', c.status, c.opened_at,"
                    + " c.updated_at, c.closed_at from work_case c where not exists (select 1 from case_event e"
                    + " where e.case_id = c.id and e.occurred_at = c.updated_at) or not exists (select 1 from"
                    + " case_event e where e.case_id = c.id and e.seq = 1 and e.action = 'START'"
                    + " and e.occurred_at = c.opened_at) or (c.closed_at is not null and not exists (select 1 from"
                    + " case_event e where e.case_id = c.id and e.to_steps = 'END' and e.occurred_at = c.closed_at))"
                    + " order by c.id"),
            new Check("a move whose step is not completed", "select c.case_number, 'case_event', e.seq, e.action,"
                    + " e.from_step, e.occurred_at from case_event e join work_case c on c.id = e.case_id where "
                    + MOVES + " and not exists (select 1 from work_item w where w.case_id = e.case_id"
                    + " and w.step_code = e.from_step and w.completed_at = e.occurred_at) order by e.id"),
            new Check("a move whose next step is not open", "select c.case_number, 'case_event', e.seq, e.action,"
                    + " e.to_steps, e.occurred_at from case_event e join work_case c on c.id = e.case_id where"
                    + " (e.action in ('OBSERVE', 'ANSWER') or (e.action = 'COMPLETE' and e.to_steps <> 'END'"
                    + " and e.to_steps <> '')) and not exists (select 1 from work_item w"
                    + " where w.case_id = e.case_id and w.created_at = e.occurred_at) order by e.id"),
            new Check("an open case with no open step, or a closed one with an open step", "select c.case_number,"
                    + " 'work_case', c.status, (select count(*) from work_item w where w.case_id = c.id"
                    + " and w.status = 'OPEN') from work_case c where (c.status = 'OPEN') <> exists (select 1"
                    + " from work_item w where w.case_id = c.id and w.status = 'OPEN') order by c.id"),
            new Check("a case whose record count is not its trail's", "select c.case_number, 'work_case',"
                    + " c.audit_count, (select count(*) from case_event e where e.case_id = c.id) from work_case c where"
                    + " c.audit_count <> (select count(*) from case_event e where e.case_id = c.id) order by c.id"),
            new Check("a knowledge-base article written by no move", "select c.case_number, 'kb_article', a.code,"
                    + " a.title from kb_article_case l join kb_article a on a.id = l.article_id join work_case c"
                    + " on c.id = l.case_id where not exists (select 1 from case_event e where e.case_id = l.case_id"
                    + " and e.action = 'COMPLETE' and e.comment_text like '%' || a.title || '%') order by a.id"));

    /** Every problem found, one line each; empty when every case is whole. */
    List<String> problems() throws SQLException {
        List<String> problems = new ArrayList<>();
        AuditChain.Report report = chain.verifyAll();
        report.problems().stream().limit(SHOWN).forEach(p -> problems.add("the audit chain: " + p.ledger() + " "
                + p.where() + " #" + p.seq() + " " + p.kind()));
        if (report.problems().size() > SHOWN) {
            problems.add("the audit chain: " + (report.problems().size() - SHOWN) + " more");
        }
        for (Check check : CHECKS) {
            List<String[]> rows = sql.table(SHOWN + 1, check.sql());
            rows.stream().limit(SHOWN).forEach(row -> problems.add(check.name() + ": " + String.join(" ", row)));
            if (rows.size() > SHOWN) {
                problems.add(check.name() + ": more");
            }
        }
        problems.addAll(mailsOwed());
        return problems;
    }

    /** The report's figures from the database: cases, moves, trail records, refusals, articles, mails by status. */
    Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("cases", sql.number("select count(*) from work_case"));
        counts.put("closed", sql.number("select count(*) from work_case where status = 'CLOSED'"));
        counts.put("moves", sql.number("select count(*) from case_event e where " + MOVES));
        counts.put("trail records", sql.number("select count(*) from case_event"));
        counts.put("jumps", sql.number("select count(*) from work_case where procedure_code <> origin_procedure"));
        counts.put("observations", sql.number("select count(*) from case_event where action = 'OBSERVE'"));
        counts.put("security events", sql.number("select count(*) from security_event"));
        counts.put("articles", sql.number("select count(*) from kb_article_case"));
        counts.put("mails queued", sql.number("select count(*) from mail_outbox"));
        for (String[] row : sql.table(ALL, "select status, count(*) from mail_outbox group by status")) {
            counts.put("mails " + row[0].toLowerCase(java.util.Locale.ROOT), Long.parseLong(row[1]));
        }
        return counts;
    }

    /**
     * The requester's mails each case's moves owe (decided from each trail record and the procedure's declaration,
     * as the kernel decides them) against those its outbox holds: a move in the trail without its mail lost it, a
     * mail without its move was queued by a move that did not commit.
     */
    private List<String> mailsOwed() throws SQLException {
        Map<String, Map<String, Integer>> owed = new TreeMap<>();
        Map<String, Map<String, Integer>> queued = new TreeMap<>();
        for (String[] e : sql.table(ALL, "select c.case_number, e.seq, e.action, e.procedure_code, e.from_step,"
                + " e.to_steps, e.outcome from case_event e join work_case c on c.id = e.case_id"
                + " where c.contact_email is not null order by e.id")) {
            String mail = owedBy(Integer.parseInt(e[1]), e[2], e[3], e[4], e[5], e[6]);
            if (mail != null) {
                owed.computeIfAbsent(e[0], k -> new TreeMap<>()).merge(mail, 1, Integer::sum);
            }
        }
        for (String[] m : sql.table(ALL, "select source, template from mail_outbox where case_id is not null")) {
            if (KERNEL_MAILS.contains(m[1])) {
                queued.computeIfAbsent(m[0], k -> new TreeMap<>()).merge(m[1], 1, Integer::sum);
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Integer>> all = new HashMap<>(owed);
        queued.forEach(all::putIfAbsent);
        new TreeMap<>(all).keySet().forEach(number -> {
            Map<String, Integer> expected = owed.getOrDefault(number, Map.of());
            Map<String, Integer> actual = queued.getOrDefault(number, Map.of());
            if (!expected.equals(actual) && problems.size() < SHOWN) {
                problems.add("mails owed by the moves of " + number + ": " + expected + ", in the outbox: " + actual);
            }
        });
        return problems;
    }

    /** The requester's mail a trail record's move queued ({@code CaseEngine.start}, {@code act}, {@code observe}). */
    private String owedBy(int seq, String action, String procedure, String from, String to, String outcomeKey) {
        if ("START".equals(action)) {
            return CaseNotice.FILED;
        }
        if ("OBSERVE".equals(action)) {
            return CaseNotice.OBSERVED;
        }
        if (!"COMPLETE".equals(action) || seq <= 2) {
            return null; // an answer, a note, a breach; the filing's COMPLETE (its mail is the START's)
        }
        ProcedureDefinition def = procedures.definition(procedure);
        Outcome outcome = def.step(from).flatMap(s -> s.outcome(outcomeKey)).orElseThrow(() ->
                new IllegalStateException("record of " + procedure + " step " + from + " with an undeclared outcome "
                        + outcomeKey));
        if (outcome.ends()) {
            return CaseNotice.CLOSED;
        }
        ProcedureDefinition entered = outcome.jumps() ? procedures.definition(outcome.targetProcedure()) : def;
        List<String> opened = outcome.jumps() ? outcome.targets() : List.of(to.split(","));
        if (opened.stream().map(entered::step).flatMap(java.util.Optional::stream).map(StepDefinition::responsible)
                .anyMatch(r -> r.isRequester())) {
            return CaseNotice.CONFIRM;
        }
        return outcome.notifyRequester() ? CaseNotice.NOTIFIED : null;
    }
}
