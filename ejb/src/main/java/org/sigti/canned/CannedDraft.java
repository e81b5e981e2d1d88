package org.sigti.canned;

/** What the Jefe(a) or a Responsable types for a canned response: its procedure (blank: all), title and text. */
public record CannedDraft(String procedureCode, String title, String body) {
}
