package org.sigti.web.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.sigti.inventory.ImportReport;
import org.sigti.inventory.InventoryCsv;
import org.sigti.inventory.InventoryImport;
import org.sigti.inventory.Rejection;

/**
 * /inventory/import.xhtml: a CSV file of equipment or license pools imported all or nothing; the report lists each
 * rejected row with its line and reason, on screen and as a CSV file to download.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** The report as a CSV file (UTF-8 with BOM, ';'), in the view's language. */
    public void download() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = InventoryMessages.bundle();
        StringBuilder csv = new StringBuilder("\uFEFF").append(InventoryMessages.text(bundle,
                "inventory_import.column.line")).append(';').append(InventoryMessages.text(bundle,
                "inventory_import.column.reason")).append("\r\n");
        for (Rejection r : report == null ? List.<Rejection>of() : report.rejected()) {
            csv.append(r.line()).append(";\"").append(reason(r).replace("\"", "\"\"")).append("\"\r\n");
        }
        ExternalContext ec = faces.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("text/csv; charset=UTF-8");
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"rechazos-importacion.csv\"");
        try (OutputStream out = ec.getResponseOutputStream()) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
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
