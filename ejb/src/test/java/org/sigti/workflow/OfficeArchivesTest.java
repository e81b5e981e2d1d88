package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class OfficeArchivesTest {

    private static final String TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> docx() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", TYPES.getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", "<w:document><w:body>Acta</w:body></w:document>"
                .getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static String refusal(String name, byte[] content) {
        return assertThrows(WorkflowException.class, () -> Attachments.check(new Upload(name, "application/zip",
                content))).messageKey();
    }

    @Test
    void a_document_with_its_parts_and_no_macros_is_accepted() throws IOException {
        var checked = Attachments.check(new Upload("informe.docx", "application/octet-stream", zip(docx())));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                checked.contentType());
        Map<String, byte[]> odt = new LinkedHashMap<>();
        odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        odt.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        assertNull(OfficeArchives.check("odt", zip(odt)));
    }

    @Test
    void macros_and_active_content_are_refused() throws IOException {
        Map<String, byte[]> vba = docx();
        vba.put("word/vbaProject.bin", new byte[] {1, 2, 3});
        assertEquals("workflow.attachment.macros", refusal("informe.docx", zip(vba)));
        Map<String, byte[]> declared = docx();
        declared.put("[Content_Types].xml", TYPES.replace("document.main+xml", "document.macroEnabled.main+xml")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("workflow.attachment.macros", refusal("informe.docx", zip(declared)));
        Map<String, byte[]> activeX = docx();
        activeX.put("word/activeX/activeX1.xml", "<ax:ocx/>".getBytes(StandardCharsets.UTF_8));
        assertEquals("workflow.attachment.macros", refusal("informe.docx", zip(activeX)));
        Map<String, byte[]> basic = new LinkedHashMap<>();
        basic.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        basic.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        basic.put("Basic/Standard/Module1.xml", "<script:module/>".getBytes(StandardCharsets.UTF_8));
        assertEquals("workflow.attachment.macros", refusal("cuadro.ods", zip(basic)));
    }

    @Test
    void an_archive_that_inflates_out_of_proportion_is_refused_before_it_is_inflated_whole() throws IOException {
        Map<String, byte[]> bomb = docx();
        bomb.put("word/media/zeros.bin", new byte[64 * 1024 * 1024]);
        byte[] small = zip(bomb);
        assertTrue(small.length < Attachments.MAX_BYTES, "the bomb fits under the upload limit: " + small.length);
        assertEquals("workflow.attachment.bomb", refusal("informe.docx", small));
        Map<String, byte[]> many = docx();
        for (int i = 0; i < OfficeArchives.MAX_ENTRIES; i++) {
            many.put("word/media/p" + i + ".xml", new byte[0]);
        }
        assertEquals("workflow.attachment.bomb", refusal("informe.docx", zip(many)));
    }

    @Test
    void a_zip_without_the_parts_of_its_format_or_a_broken_one_is_not_a_document() throws IOException {
        Map<String, byte[]> other = new LinkedHashMap<>();
        other.put("setup.exe", new byte[] {'M', 'Z'});
        assertEquals("workflow.attachment.type", refusal("informe.docx", zip(other)));
        // a spreadsheet named as a text document
        Map<String, byte[]> xlsx = new LinkedHashMap<>();
        xlsx.put("[Content_Types].xml", TYPES.getBytes(StandardCharsets.UTF_8));
        xlsx.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        assertEquals("workflow.attachment.type", refusal("informe.docx", zip(xlsx)));
        assertNull(OfficeArchives.check("xlsx", zip(xlsx)));
        byte[] cut = zip(docx());
        byte[] truncated = java.util.Arrays.copyOf(cut, cut.length / 2);
        assertEquals("workflow.attachment.type", refusal("informe.docx", truncated));
    }
}
