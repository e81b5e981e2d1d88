/**
 * Exports of the list screens (issue 19): the rows a list's filters match, all of its pages, read a page at a time
 * from the list's own service (so with the same access scoping as the screen) and streamed to the download as CSV or
 * XLSX (written by {@link org.sigti.web.export.XlsxWriter}, no library). Headers in the view's language, values as
 * the screen shows them, formulas neutralised. No business logic: the screens say which columns, the services say
 * which rows.
 */
package org.sigti.web.export;
