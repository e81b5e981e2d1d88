package org.sigti.pgd;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the PGD's screen shows: read-only views of the plan and its rows (no entity leaves the module). */
public final class PgdRows {

    private PgdRows() {
    }

    /** The plan of a case, with the portfolio version shown and every version that exists. */
    public record PlanView(long caseId, String caseNumber, String caseTitle, int startYear, int endYear,
            String pesem, String peiObjectives, String policies, String situation, List<String> objectives,
            String rmNumber, String publishedAt, int version, List<VersionRow> versions, List<ProjectRow> projects,
            List<ActivityRow> activities, List<RiskRow> risks, List<StatusRow> statuses,
            List<ApprovalRow> approvals, List<FollowUpRow> followUps) {

        public String period() {
            return startYear + "-" + endYear;
        }
    }

    /** A portfolio version: its number, when it was made, and the CGD session that approved it (or none). */
    public record VersionRow(int number, Instant createdAt, String approvedSession, long projects) {
    }

    /** A project with its ficha. {@code decision} is not on a new project. */
    public record ProjectRow(String code, String name, String team, String objective, String peiObjective,
            BigDecimal budget, Integer durationMonths, String indicators, boolean carriedOver, Integer priority) {
    }

    /**
     * An activity of the work schedule, with its bar on the timeline: {@code offset} and {@code width} are percentages
     * of the whole schedule rounded to a step of 5 (the screen's CSS classes {@code pgd-at-N} and {@code pgd-span-N}).
     */
    public record ActivityRow(int seq, String phase, String name, LocalDate startsOn, LocalDate endsOn,
            int durationDays, int offset, int width) {
    }

    public record RiskRow(int seq, String stage, String description, String treatment) {
    }

    /** A project of the current portfolio as reported, and the decision on it (key of {@code PgdStatus.Decision}). */
    public record StatusRow(String team, String project, String status, String decision) {
    }

    /**
     * A yearly follow-up of the plan (S04.01.00.02): its case, the version followed, the informe (number and official
     * document, once signed), the CGD's session, the version it produced (or null), and the progress reported.
     */
    public record FollowUpRow(long caseId, String caseNumber, int year, int versionFollowed, String reportNumber,
            Long reportDocumentId, String notedSession, Boolean modified, Integer newVersion,
            List<ProgressRow> progress) {
    }

    public record ProgressRow(String team, String code, String name, int percent, String achievements,
            String difficulties) {
    }

    public record ApprovalRow(String subject, String session, String agreement, String member, Instant approvedAt) {
    }

    /**
     * The bars of a timeline: each activity's start and length as percentages of the span from the first start to the
     * last end, rounded to a step of 5, a bar at least 5 wide and never past 100.
     */
    public static List<ActivityRow> timeline(List<PgdActivity> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        LocalDate first = activities.stream().map(PgdActivity::getStartsOn).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = activities.stream().map(PgdActivity::endsOn).max(LocalDate::compareTo).orElseThrow();
        double span = last.toEpochDay() - first.toEpochDay() + 1;
        return activities.stream().map(a -> {
            int offset = step((a.getStartsOn().toEpochDay() - first.toEpochDay()) * 100 / span);
            offset = Math.min(offset, 95);
            int width = Math.max(5, step(a.getDurationDays() * 100 / span));
            width = Math.min(width, 100 - offset);
            return new ActivityRow(a.getSeq(), a.getPhase(), a.getName(), a.getStartsOn(), a.endsOn(),
                    a.getDurationDays(), offset, width);
        }).toList();
    }

    private static int step(double percent) {
        return (int) Math.round(percent / 5) * 5;
    }
}
