/**
 * The office's own indicators as a dashboard (issue 17, item 6; the manual's "Dashboard" application): cases opened,
 * closed and within or out of service level per procedure, unit and priority; DP's % preventive and % evolutive
 * maintenance; backup runs done, missed and verified per semester; the access review's completion; the inventory's
 * expiries. Every figure is an aggregate query over the kernel's and the modules' tables ({@link
 * org.sigti.dashboard.Dashboard}), never rows loaded into memory; charts are drawn on the server as PNG ({@link
 * org.sigti.dashboard.DashboardCharts}) so that the PDF export ({@link org.sigti.dashboard.DashboardPdf}) prints them.
 * A feature module: it reads the kernel and the other modules, never a procedure.
 */
package org.sigti.dashboard;
