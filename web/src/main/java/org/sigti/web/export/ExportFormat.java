package org.sigti.web.export;

import java.util.Locale;

/** The file formats a list exports to. */
public enum ExportFormat {
    /** UTF-8 with a BOM (so that a spreadsheet reads the accents), ';'-separated, every cell quoted. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** Office Open XML workbook, one sheet. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format a screen's button names ("csv", "xlsx"); an unknown name is CSV. */
    public static ExportFormat named(String name) {
        return name != null && "xlsx".equals(name.toLowerCase(Locale.ROOT)) ? XLSX : CSV;
    }
}
