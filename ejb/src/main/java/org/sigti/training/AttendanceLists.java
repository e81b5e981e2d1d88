package org.sigti.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * How a step's fields give the Acta de capacitación's values: the attendance list typed one attendee a line, the
 * session's date, and the name of the acta's file on the case. No state, no database.
 */
public final class AttendanceLists {

    /** DNI: 8 digits. */
    private static final Pattern DNI = Pattern.compile("[0-9]{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern YES = Pattern.compile("(?iu)s[ií]|yes|x|firm[óo]|true");
    private static final Pattern NO = Pattern.compile("(?iu)no|false|-|");

    private AttendanceLists() {
    }

    /**
     * The attendance list typed one attendee a line, its parts separated by "|" or ";": name | unit | DNI or e-mail
     * | signed (sí/no, blank: no). E.g. {@code Ana Torres Ríos | Dirección General de Administración | 41234567 | sí}.
     *
     * @throws WorkflowException {@code training.attendees.line} with the line's number
     */
    public static List<Attendee> attendees(String text) {
        List<Attendee> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = 0;
        for (String line : text.split("\\R")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[|;]", -1);
            if (parts.length < 3 || parts.length > 4) {
                throw lineProblem(n);
            }
            String name = parts[0].strip();
            String unit = parts[1].strip();
            String id = parts[2].strip();
            String signed = parts.length == 4 ? parts[3].strip() : "";
            boolean yes = YES.matcher(signed).matches();
            if (name.isEmpty() || unit.isEmpty() || !(DNI.matcher(id).matches() || EMAIL.matcher(id).matches())
                    || !yes && !NO.matcher(signed).matches() || name.length() > TrainingAttendee.NAME_MAXLENGTH
                    || unit.length() > TrainingAttendee.UNIT_MAXLENGTH
                    || id.length() > TrainingAttendee.IDENTITY_MAXLENGTH) {
                throw lineProblem(n);
            }
            out.add(new Attendee(name, unit, id, yes));
        }
        return out;
    }

    /** A date typed as AAAA-MM-DD, or null when blank or not a date (then {@link Trainings#record} says so). */
    public static LocalDate date(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The name of the acta's file on the case. */
    public static String fileName(WorkCase c) {
        return "Acta-de-capacitacion-" + c.getNumber().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
    }

    private static WorkflowException lineProblem(int line) {
        return new WorkflowException("training.attendees.line", Map.of(), String.valueOf(line));
    }
}
