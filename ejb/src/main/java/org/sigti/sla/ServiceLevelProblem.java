package org.sigti.sla;

/**
 * What is wrong with a service-level edit. Screens show {@code ServiceLevelProblem.<VALUE>} from the bundle, with
 * the arguments of the {@link ServiceLevelException} in the order documented on each value.
 */
public enum ServiceLevelProblem {
    /** A target is missing. {0}: the priority. */
    TARGET_REQUIRED,
    /** A target is zero or negative. {0}: the priority. */
    TARGET_NOT_POSITIVE,
    /** A target is longer than allowed. {0}: the priority, {1}: the largest number of minutes. */
    TARGET_TOO_LONG,
    /** The response target is longer than the resolution target. {0}: the priority. */
    RESPONSE_AFTER_RESOLUTION,
    /** A working interval lacks its day, start or end. {0}: the row number, from 1. */
    HOURS_INCOMPLETE,
    /** A working interval ends before it starts. {0}: the day, {1}: the start, {2}: the end. */
    HOURS_END_BEFORE_START,
    /** Two working intervals of a day overlap. {0}: the day, {1} and {2}: the two intervals. */
    HOURS_OVERLAP,
    /** No day of the week has working hours: no target could ever be met. */
    HOURS_NONE,
    /** A holiday lacks its date. */
    HOLIDAY_DATE_REQUIRED,
    /** A holiday lacks its name. */
    HOLIDAY_NAME_REQUIRED,
    /** A holiday's name is too long. {0}: the largest number of characters. */
    HOLIDAY_NAME_TOO_LONG,
    /** That date is already a holiday. {0}: the date. */
    HOLIDAY_EXISTS,
    /** The time zone is not a known IANA zone. {0}: what was given. */
    ZONE_UNKNOWN
}
