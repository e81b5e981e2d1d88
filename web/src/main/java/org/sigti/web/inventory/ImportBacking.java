package org.sigti.web.inventory;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.sigti.inventory.ImportReport;
import org.sigti.inventory.InventoryCsv;
import org.sigti.inventory.InventoryImport;
import org.sigti.inventory.Rejection;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;

/**
 * /inventory/import.xhtml: a CSV file of equipment or license pools imported all or nothing; the report lists each
 * rejected row with its line and reason, on screen and as a CSV file to download.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many rejections the report's file takes at a time (they are in memory already). */
    private static final int REPORT_PAGE = 500;

    /** What is imported. */
    public enum Target {
        EQUIPMENT, POOLS
    }

    @EJB
    private InventoryImport importer;

    private transient UploadedFile file;
    private Target target = Target.EQUIPMENT;
    private ImportReport report;

    public String upload() {
        byte[] content = file == null ? new byte[0] : file.getContent();
        report = target == Target.EQUIPMENT ? importer.importEquipment(content) : importer.importPools(content);
        if (report.applied()) {
            InventoryMessages.info("inventory_import.done", report.imported());
        }
        return null;
    }

    /** A rejection's reason in the view's language. */
    public String reason(Rejection r) {
        return InventoryMessages.text(InventoryMessages.bundle(), r.reasonKey(), r.arguments());
    }

    /** The report as a CSV file, in the view's language. */
    public void download() throws IOException {
        List<Rejection> rejected = report == null ? List.of() : report.rejected();
        TableExport.<Rejection>of("inventory_import.reportFile")
                .column("inventory_import.column.line", r -> String.valueOf(r.line()))
                .column("inventory_import.column.reason", this::reason)
                .send(ExportFormat.CSV, REPORT_PAGE, (first, size) -> rejected.subList(Math.min(first,
                        rejected.size()), Math.min(first + size, rejected.size())));
    }

    public String getEquipmentHeader() {
        return InventoryCsv.EQUIPMENT_HEADER;
    }

    public String getPoolHeader() {
        return InventoryCsv.POOL_HEADER;
    }

    public int getMaxBytes() {
        return InventoryImport.MAX_BYTES;
    }

    public Target[] getTargets() {
        return Target.values();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Target getTarget() {
        return target;
    }

    public void setTarget(Target target) {
        this.target = target;
    }

    public ImportReport getReport() {
        return report;
    }
}
