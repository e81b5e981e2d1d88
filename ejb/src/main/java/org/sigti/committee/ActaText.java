package org.sigti.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.sigti.committee.CommitteeMember.Role;
import org.sigti.committee.CommitteeMember.Seat;
import org.sigti.committee.CommitteeViews.AttendanceLine;
import org.sigti.committee.CommitteeViews.DocumentLine;
import org.sigti.committee.CommitteeViews.MemberLine;
import org.sigti.committee.SessionDocument.Outcome;

/**
 * The text of a session's acta, in the committee's language (the actas are Spanish documents): the opening, the
 * agenda, the attendance (present and absent members), the agreements, and what the session approved, modified,
 * received or took note of ("Cronograma v2 aprobado en la sesión 3"). Paragraphs are separated by an empty line, as
 * the official documents' body wants them.
 */
final class ActaText {

    private ActaText() {
    }

    static String subject(String committeeName, int number) {
        return "Acta de la sesión N° " + number + " del " + committeeName;
    }

    static String body(String committeeName, int number, String heldOn, String convenedBy, List<String> agenda,
            List<AttendanceLine> attendance, List<String> agreements, List<DocumentLine> documents) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("En la fecha " + heldOn + " se reunió el " + committeeName + " en su sesión N° " + number
                + ", convocada mediante " + convenedBy + ".");
        paragraphs.add("AGENDA\n" + numbered(agenda));
        paragraphs.add("ASISTENCIA\nPresentes: " + members(attendance, true) + "\nAusentes: "
                + members(attendance, false));
        paragraphs.add("ACUERDOS\n" + numbered(agreements));
        paragraphs.add("DOCUMENTOS Y APROBACIONES\n" + (documents.isEmpty() ? "Ninguno."
                : documents.stream().map(d -> approval(d, number)).collect(Collectors.joining("\n"))));
        paragraphs.add("Firman la presente acta los miembros presentes en la sesión.");
        return String.join("\n\n", paragraphs);
    }

    /** "Cronograma v2 aprobado en la sesión 3", with the note after a colon. */
    static String approval(DocumentLine d, int number) {
        return d.name() + (d.version() == null ? "" : " " + d.version()) + " " + outcome(d.outcome())
                + " en la sesión " + number + (d.note() == null ? "." : ": " + d.note());
    }

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case SUBMITTED -> "presentado";
            case APPROVED -> "aprobado";
            case MODIFIED -> "modificado";
            case NOTED -> "tomado en cuenta";
        };
    }

    /** The capacity in which a member signs: "Presidente(a) del CGD", "Miembro alterno del CGD". */
    static String capacity(MemberLine m, String committeeCode) {
        String role = switch (m.role()) {
            case PRESIDENTE -> "Presidente(a)";
            case SECRETARIO_TECNICO -> "Secretario(a) técnico(a)";
            case MIEMBRO -> "Miembro";
        };
        return role + (m.seat() == Seat.ALTERNO ? " alterno(a)" : "") + " del " + committeeCode;
    }

    private static String members(List<AttendanceLine> attendance, boolean present) {
        List<String> names = attendance.stream().filter(a -> Boolean.valueOf(present).equals(a.present()))
                .map(a -> a.member().fullName() + " (" + roleText(a.member().role()) + ", "
                        + a.member().seat().name().toLowerCase(Locale.ROOT) + ")").toList();
        return names.isEmpty() ? "ninguno." : String.join("; ", names) + ".";
    }

    private static String roleText(Role role) {
        return switch (role) {
            case PRESIDENTE -> "presidente";
            case SECRETARIO_TECNICO -> "secretario técnico";
            case MIEMBRO -> "miembro";
        };
    }

    private static String numbered(List<String> items) {
        if (items.isEmpty()) {
            return "Ninguno.";
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((i + 1) + ". " + items.get(i));
        }
        return String.join("\n", lines);
    }
}
