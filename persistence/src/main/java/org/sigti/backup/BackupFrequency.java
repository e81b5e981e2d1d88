package org.sigti.backup;

/**
 * How often a schedule runs (procedures.md A1 frequency table, S3): the manuals' frequencies, each at a time of day
 * (and a day where it applies), or CUSTOM, a calendar expression written by hand.
 */
public enum BackupFrequency {
    DAILY, WEEKLY, MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL, CUSTOM
}
