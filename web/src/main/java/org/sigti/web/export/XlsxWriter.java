package org.sigti.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook written with POI's SXSSF: only the last {@value #ROWS_IN_MEMORY} rows stay in memory, the others go
 * to a temporary file that {@link #close} writes out and deletes. Every cell is text (a formula-looking value is also
 * neutralised, as in the CSV, for whoever re-saves the sheet as CSV); the header is bold and frozen.
 */
final class XlsxWriter implements SheetWriter {

    static final int ROWS_IN_MEMORY = 100;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final OutputStream out;
    private final CellStyle header;
    private int rows;

    XlsxWriter(String sheetName, OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
    }

    @Override
    public void row(List<String> cells) {
        Row row = sheet.createRow(rows);
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(Cells.neutralised(cells.get(i)));
            if (rows == 0) {
                cell.setCellStyle(header);
            }
        }
        if (rows == 0) {
            sheet.createFreezePane(0, 1);
        }
        rows++;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
