package org.sigti.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV as SIGTI's registers always wrote it: UTF-8 with a BOM, ';' between quoted cells, CRLF after each row. */
final class CsvWriter implements SheetWriter {

    private final Writer out;

    CsvWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.out.write('\uFEFF');
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(Cells.csv(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
