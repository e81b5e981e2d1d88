/**
 * The committee screens (issue 17, item 1): the committees the caller takes part in ({@code /committee/list.xhtml}),
 * a committee with its members and sessions ({@code /committee/committee.xhtml?id=}), and a session with its agenda,
 * attendance, agreements, approvals and acta ({@code /committee/session.xhtml?id=}).
 */
package org.sigti.web.committee;
