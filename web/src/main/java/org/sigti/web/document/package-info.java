/**
 * The official documents' screens: /document/list.xhtml ("Documentos"), /document/new.xhtml ("Nuevo documento"),
 * /document/view.xhtml (one document and the actions its page offers the caller) and the signed PDF at
 * /files/official-document. They call {@link org.sigti.document.official.OfficialDocuments} only.
 */
package org.sigti.web.document;
