/**
 * The statistics screens under {@code /statistics/} (issue 17 item 4): the representatives' uploads, the follow-up
 * board and the schedule, the templates, and the downloads of templates, rejected-rows reports and accepted data.
 * They call {@code org.sigti.statistics} only.
 */
package org.sigti.web.statistics;
