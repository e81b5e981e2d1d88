package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The national holidays of the countries SIGTI's institutions are in (Bolivia, Guatemala, Peru) for a given year, as
 * their laws set them: fixed dates, the days counted from Easter, and the rules that move a holiday. They are SIGTI's
 * starting point for a year: stored per institution, and edited by the Jefe when a decree of that year moves, adds
 * or removes a day (as Bolivia's Decreto Supremo 5521 did for 2026). Whole days only: Guatemala's half days (24
 * and 31 December from noon) and departmental holidays (16 July in La Paz, 15 August in Guatemala City...) are for
 * each institution to add.
 *
 * <p>No holiday library from Maven Central was fit: jollyday 1.5 has no Guatemala, and its Bolivia lacks Carnaval,
 * 22 January and 21 June and has 1 instead of 2 November.
 */
public final class NationalHolidays {

    /** The countries SIGTI knows the holidays of, ISO 3166. */
    public static final Set<String> COUNTRIES = Set.of("BO", "GT", "PE");

    private NationalHolidays() {
    }

    /** One holiday: its date and its name as the law gives it. */
    public record Day(LocalDate date, String name) {
    }

    /**
     * The national holidays of a country in a year, in date order.
     *
     * @param country ISO 3166 code: BO, GT or PE
     * @throws IllegalArgumentException for a country SIGTI does not know
     */
    public static List<Day> of(String country, int year) {
        List<Day> days = switch (requireNonNull(country, "Country is required.").toUpperCase(Locale.ROOT)) {
            case "BO" -> bolivia(year);
            case "GT" -> guatemala(year);
            case "PE" -> peru(year);
            default -> throw new IllegalArgumentException("SIGTI knows no holidays of the country " + country
                    + "; it knows " + COUNTRIES + ".");
        };
        days.sort(Comparator.comparing(Day::date));
        return days;
    }

    /**
     * Bolivia.
     * <ul>
     * <li>1 January, 1 May, 6 August, 2 November, 25 December, Carnaval (Monday and Tuesday before Ash Wednesday),
     * Viernes Santo and Corpus Christi: the national holidays the Ministerio de Trabajo, Empleo y Previsión Social
     * confirms in its yearly list;</li>
     * <li>22 January, Día del Estado Plurinacional: Decreto Supremo 0405 (20 January 2010);</li>
     * <li>21 June, Año Nuevo Andino Amazónico y Chaqueño: Decreto Supremo 0173 (17 June 2009);</li>
     * <li>a fixed-date holiday on a Sunday moves to the Monday after: Decreto Supremo 1210 (1 May 2012), art. 2.
     * Days counted from Easter never fall on a Sunday.</li>
     * </ul>
     */
    static List<Day> bolivia(int year) {
        LocalDate easter = easter(year);
        List<Day> days = new ArrayList<>();
        mondayIfSunday(days, year, "01-01", "Año Nuevo");
        mondayIfSunday(days, year, "01-22", "Día del Estado Plurinacional");
        days.add(new Day(easter.minusDays(48), "Carnaval (lunes)"));
        days.add(new Day(easter.minusDays(47), "Carnaval (martes)"));
        days.add(new Day(easter.minusDays(2), "Viernes Santo"));
        mondayIfSunday(days, year, "05-01", "Día del Trabajo");
        days.add(new Day(easter.plusDays(60), "Corpus Christi"));
        mondayIfSunday(days, year, "06-21", "Año Nuevo Andino Amazónico y Chaqueño");
        mondayIfSunday(days, year, "08-06", "Día de la Independencia");
        mondayIfSunday(days, year, "11-02", "Todos Santos");
        mondayIfSunday(days, year, "12-25", "Navidad");
        return days;
    }

    /**
     * Guatemala: Código de Trabajo (Decreto 1441), art. 127, as amended.
     * <ul>
     * <li>1 January, Jueves, Viernes and Sábado Santo, 1 May, 15 September, 20 October, 1 November, 25 December;</li>
     * <li>30 June, Día del Ejército: Decreto 19-2018 moves it to a Monday: the Monday before when it falls on a
     * Tuesday or Wednesday, the Monday after when it falls from Thursday to Sunday.</li>
     * </ul>
     */
    static List<Day> guatemala(int year) {
        List<Day> days = fixed(year, "01-01", "Año Nuevo", "05-01", "Día del Trabajo", "09-15",
                "Día de la Independencia", "10-20", "Día de la Revolución de 1944", "11-01", "Día de Todos los Santos",
                "12-25", "Navidad");
        holyWeek(days, year, true);
        days.add(new Day(armyDay(year), "Día del Ejército (30 de junio, Decreto 19-2018)"));
        return days;
    }

    /** Guatemala's 30 June as Decreto 19-2018 moves it. */
    private static LocalDate armyDay(int year) {
        LocalDate day = LocalDate.of(year, 6, 30);
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.WEDNESDAY) {
            return day.with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
        }
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Peru: Decreto Legislativo 713, art. 6, as amended.
     * <ul>
     * <li>1 January, Jueves and Viernes Santo, 1 May, 29 June, 28 and 29 July, 30 August, 8 October, 1 November,
     * 8 December, 25 December;</li>
     * <li>7 June, Batalla de Arica y Día de la Bandera; 6 August, Batalla de Junín; 9 December, Batalla de
     * Ayacucho: Ley 31788 (2023);</li>
     * <li>23 July, Día de la Fuerza Aérea del Perú: Ley 31822 (2023).</li>
     * </ul>
     * Peru does not move holidays that fall on a weekend.
     */
    static List<Day> peru(int year) {
        List<Day> days = fixed(year, "01-01", "Año Nuevo", "05-01", "Día del Trabajo", "06-07",
                "Batalla de Arica y Día de la Bandera", "06-29", "San Pedro y San Pablo", "07-23",
                "Día de la Fuerza Aérea del Perú", "07-28", "Fiestas Patrias", "07-29", "Fiestas Patrias", "08-06",
                "Batalla de Junín", "08-30", "Santa Rosa de Lima", "10-08", "Combate de Angamos", "11-01",
                "Día de Todos los Santos", "12-08", "Inmaculada Concepción", "12-09", "Batalla de Ayacucho", "12-25",
                "Navidad");
        holyWeek(days, year, false);
        return days;
    }

    /** Jueves and Viernes Santo, and Sábado Santo when {@code saturday}. */
    private static void holyWeek(List<Day> days, int year, boolean saturday) {
        LocalDate easter = easter(year);
        days.add(new Day(easter.minusDays(3), "Jueves Santo"));
        days.add(new Day(easter.minusDays(2), "Viernes Santo"));
        if (saturday) {
            days.add(new Day(easter.minusDays(1), "Sábado Santo"));
        }
    }

    /**
     * Easter Sunday of a year of the Gregorian calendar: the anonymous Gregorian computus (Meeus/Jones/Butcher).
     */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static Day fixed(int year, String monthDay, String name) {
        return new Day(MonthDay.parse("--" + monthDay).atYear(year), name);
    }

    /** Fixed-date holidays given as pairs: {@code MM-dd}, name. */
    private static List<Day> fixed(int year, String... monthDayNames) {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i + 1 < monthDayNames.length; i += 2) {
            days.add(fixed(year, monthDayNames[i], monthDayNames[i + 1]));
        }
        return days;
    }

    /** Bolivia's Decreto Supremo 1210: a holiday on a Sunday is taken on the Monday after. */
    private static void mondayIfSunday(List<Day> days, int year, String monthDay, String name) {
        Day day = fixed(year, monthDay, name);
        days.add(day.date().getDayOfWeek() == DayOfWeek.SUNDAY
                ? new Day(day.date().plusDays(1), name + " (trasladado al lunes)") : day);
    }
}
