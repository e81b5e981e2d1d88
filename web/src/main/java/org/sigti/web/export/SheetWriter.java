package org.sigti.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes rows of text cells to an exported file; cells are neutralised by the writer. Public for the download
 * servlets that write a file of their own (the statistics templates, reports and data).
 */
public interface SheetWriter extends AutoCloseable {

    /** Writes one row (the header first). */
    void row(List<String> cells) throws IOException;

    /** Finishes the file on the stream it was opened on (the stream itself is the caller's). */
    @Override
    void close() throws IOException;

    static SheetWriter open(ExportFormat format, String sheetName, OutputStream out) throws IOException {
        return format == ExportFormat.XLSX ? new XlsxWriter(sheetName, out) : new CsvWriter(out);
    }
}
