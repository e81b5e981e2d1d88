/** Backups: schedules (the calendar of each manual's step 1), the tasks their timers create, the copies made. */
package org.sigti.backup;
