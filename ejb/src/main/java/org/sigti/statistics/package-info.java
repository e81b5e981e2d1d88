/**
 * Data intake of the Sector Defensa's statistics (issue 17 item 4; S04.05.00.01 steps 8–16), replacing SIESDEF for
 * SIGTI's purposes: the statistics team's table templates ({@link org.sigti.statistics.StatisticsTemplates}), the
 * submission schedule and the follow-up board ({@link org.sigti.statistics.StatisticsBoard}), the representatives'
 * uploads validated against the template ({@link org.sigti.statistics.StatisticsIntake},
 * {@link org.sigti.statistics.IntakeValidator}) and the reminders before and after the due date
 * ({@link org.sigti.statistics.StatisticsReminders}, fired by the module's persistent timer). A feature module: the
 * procedure S04.05.00.01 will call it from its steps; it depends on the kernel (security, mail, people) and the
 * entities, never on a procedure.
 */
package org.sigti.statistics;
