package org.sigti.procedure.lifecycle;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.workflow.CaseAttachment;
import org.sigti.workflow.WorkflowException;

/**
 * The code review of S04.02.00.01's step 15 ("Elaborar acta de revisión de código mediante SonarQube y OWASP ZAP"):
 * both reports attached to the case as files, and their summary figures. SonarQube's figures are typed as its issues
 * by severity (bloqueantes/críticas/mayores/menores), since SonarQube exports no standard report file; OWASP ZAP's
 * are typed as its alerts by risk (altas/medias/bajas/informativas), and when the attached ZAP report is its standard
 * JSON report ({@code site[].alerts[].riskcode}), SIGTI counts them itself and refuses figures that differ from it.
 * A refusal changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CodeReviews {

    /** Four whole numbers separated by "/", spaces allowed around them. */
    private static final Pattern FOUR = Pattern.compile(
            "\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    /** A report's four counts, most severe first. */
    public record Figures(int first, int second, int third, int fourth) {

        String slashed() {
            return first + "/" + second + "/" + third + "/" + fourth;
        }
    }

    /** What the review found: SonarQube's issues, ZAP's alerts, and whether SIGTI read ZAP's figures in its report. */
    public record Review(Figures sonar, Figures zap, String sonarReport, String zapReport, boolean zapParsed) {

        /** The review as the acta prints it. */
        public String text() {
            return String.join("\n",
                    "SonarQube (reporte " + sonarReport + "): " + sonar.first() + " incidencias bloqueantes, "
                            + sonar.second() + " críticas, " + sonar.third() + " mayores y " + sonar.fourth()
                            + " menores.",
                    "OWASP ZAP (reporte " + zapReport + (zapParsed ? ", cifras verificadas por el SIGTI" : "")
                            + "): " + zap.first() + " alertas de riesgo alto, " + zap.second() + " medio, "
                            + zap.third() + " bajo y " + zap.fourth() + " informativas.");
        }
    }

    @PersistenceContext
    EntityManager em;

    /**
     * The review of the case: both figures well formed (each field's message otherwise), both reports attached (a file
     * whose name holds "sonar" and one whose name holds "zap"), and ZAP's figures those of its JSON report when it is
     * one.
     */
    public Review review(long caseId, String sonarField, String sonarTyped, String zapField, String zapTyped) {
        Optional<Figures> sonar = figures(sonarTyped);
        Optional<Figures> zap = figures(zapTyped);
        if (sonar.isEmpty() || zap.isEmpty()) {
            Map<String, String> problems = new java.util.LinkedHashMap<>();
            sonar.ifPresentOrElse(f -> { }, () -> problems.put(sonarField, "procedures.lifecycle.sonar.format"));
            zap.ifPresentOrElse(f -> { }, () -> problems.put(zapField, "procedures.lifecycle.zap.format"));
            throw new WorkflowException("workflow.input.invalid", problems);
        }
        CaseAttachment sonarReport = newestNamed(caseId, "sonar");
        CaseAttachment zapReport = newestNamed(caseId, "zap");
        if (sonarReport == null || zapReport == null) {
            throw new WorkflowException("procedures.lifecycle.codeReview.reports");
        }
        Optional<Figures> counted = zapJson(zapReport.getContent());
        if (counted.isPresent() && !counted.get().equals(zap.get())) {
            throw new WorkflowException("procedures.lifecycle.zap.mismatch", zapReport.getFileName(),
                    counted.get().slashed(), zap.get().slashed());
        }
        return new Review(sonar.get(), zap.get(), sonarReport.getFileName(), zapReport.getFileName(),
                counted.isPresent());
    }

    /** "0/1/4/7" as figures; empty when it is not four whole numbers separated by "/". */
    static Optional<Figures> figures(String typed) {
        Matcher m = typed == null ? null : FOUR.matcher(typed);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Figures(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
    }

    /**
     * OWASP ZAP's JSON report's alerts by risk (riskcode 3 high, 2 medium, 1 low, 0 informational), over every site;
     * empty when the file is not that report (an HTML or PDF report, whose figures are typed).
     */
    static Optional<Figures> zapJson(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(content))) {
            JsonValue root = reader.readValue();
            if (root.getValueType() != JsonValue.ValueType.OBJECT
                    || !(root.asJsonObject().get("site") instanceof jakarta.json.JsonArray sites)) {
                return Optional.empty();
            }
            int[] byRisk = new int[4];
            for (JsonValue site : sites) {
                if (site.getValueType() != JsonValue.ValueType.OBJECT
                        || !(site.asJsonObject().get("alerts") instanceof jakarta.json.JsonArray alerts)) {
                    continue;
                }
                for (JsonValue alert : alerts) {
                    int risk = riskCode(alert);
                    if (risk < 0) {
                        return Optional.empty();
                    }
                    byRisk[3 - risk]++;
                }
            }
            return Optional.of(new Figures(byRisk[0], byRisk[1], byRisk[2], byRisk[3]));
        } catch (JsonException | IllegalStateException notJson) {
            return Optional.empty();
        }
    }

    /** An alert's riskcode (a string in ZAP's report, "0" to "3"), or -1 when it has none. */
    private static int riskCode(JsonValue alert) {
        if (alert.getValueType() != JsonValue.ValueType.OBJECT) {
            return -1;
        }
        JsonObject a = alert.asJsonObject();
        JsonValue code = a.get("riskcode");
        String text = code == null ? "" : code.getValueType() == JsonValue.ValueType.STRING
                ? a.getString("riskcode") : code.toString();
        return Arrays.asList("0", "1", "2", "3").indexOf(text.strip());
    }

    /** The case's newest file whose name holds {@code word}, whatever its case, or null. */
    private CaseAttachment newestNamed(long caseId, String word) {
        List<CaseAttachment> files = em.createQuery("select a from CaseAttachment a where a.caseId = :c"
                + " and lower(a.fileName) like :w order by a.id desc", CaseAttachment.class)
                .setParameter("c", caseId).setParameter("w", "%" + word.toLowerCase(Locale.ROOT) + "%")
                .setMaxResults(1).getResultList();
        return files.isEmpty() ? null : files.get(0);
    }
}
