package org.sigti.web.sgsi;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;
import org.sigti.sgsi.SgsiDocumentState;
import org.sigti.sgsi.SgsiDraft;
import org.sigti.sgsi.SgsiFilter;
import org.sigti.sgsi.SgsiRegister;
import org.sigti.sgsi.SgsiRow;
import org.sigti.sgsi.SgsiTeams;
import org.sigti.sgsi.SgsiVersionRow;
import org.sigti.web.cases.Messages;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.workflow.Upload;
import org.sigti.workflow.WorkflowException;

/**
 * /sgsi/register.xhtml?team=&state=&q=&code=: the register of the SGSI documents and records (S04.01.00.03), paged
 * and filtered in the database; with {@code code}, that document's versions. Its writers register documents and
 * upload versions here; refusals of bad input are shown, field by field, and change nothing.
 */
@Named
@ViewScoped
public class SgsiRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/sgsi/register?faces-redirect=true&includeViewParams=true";

    @EJB
    private SgsiRegister register;

    private String team;
    private String state;
    private String q;
    private String code;
    private LazyDataModel<SgsiRow> rows;
    private SgsiRow selected;
    private List<SgsiVersionRow> versions;
    private Boolean mayWrite;
    private List<String> writableTeams;
    private String newCode;
    private String newTitle;
    private String newVersion;
    private String newTeam;
    private String nextVersion;
    private transient UploadedFile file;
    private transient UploadedFile versionFile;

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> register.count(filter()), (first, size) -> register.page(filter(), first, size),
                row -> String.valueOf(row.id()));
    }

    /** Loads the chosen document and its versions (the view action). */
    public void load() {
        if (code != null && !code.isBlank()) {
            selected = register.get(code);
            versions = register.versions(code);
        }
    }

    /** The register as the URL's filter selects it, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        SgsiFilter f = filter();
        TableExport<SgsiRow> export = TableExport.of("sgsi_register.exportFile");
        export.column("sgsi_register.label.code", SgsiRow::code)
                .column("sgsi_register.label.title", SgsiRow::title)
                .column("sgsi_register.label.version", SgsiRow::versionLabel)
                .column("sgsi_register.label.state", r -> export.text("SgsiDocumentState." + r.state().name()))
                .column("sgsi_register.label.team", r -> export.text("sgsi_register.team." + r.teamCode()))
                .column("sgsi_register.label.memorandum", SgsiRow::memorandum)
                .column("sgsi_register.label.versions", r -> String.valueOf(r.versions()))
                .send(ExportFormat.named(format), SgsiRegister.MAX_PAGE,
                        (first, size) -> register.page(f, first, size));
    }

    public String filterList() {
        code = null;
        return SELF;
    }

    public String create() {
        Upload upload = file == null ? null : new Upload(file.getFileName(), file.getContentType(), file.getContent());
        try {
            String registered = register.register(new SgsiDraft(newCode, newTitle, newVersion, newTeam), upload);
            Messages.info("sgsi_register.registered", registered);
            code = registered;
            return SELF;
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
    }

    public String addVersion() {
        Upload upload = versionFile == null ? null : new Upload(versionFile.getFileName(),
                versionFile.getContentType(), versionFile.getContent());
        try {
            register.addVersion(code, nextVersion, upload);
            Messages.info("sgsi_register.versionAdded", selected.code(), nextVersion.strip());
            return SELF;
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
    }

    public String retire() {
        register.retire(code);
        Messages.info("sgsi_register.retired", selected.code());
        return SELF;
    }

    private String label(String field) {
        return Messages.text(Messages.bundle(jakarta.faces.context.FacesContext.getCurrentInstance()),
                "sgsi_register.label." + field);
    }

    private SgsiFilter filter() {
        SgsiDocumentState s = Arrays.stream(SgsiDocumentState.values()).filter(v -> v.name().equals(state))
                .findFirst().orElse(null);
        return new SgsiFilter(SgsiTeams.isTeam(team) ? team : null, s, q);
    }

    public boolean isMayWrite() {
        if (mayWrite == null) {
            mayWrite = register.mayWrite();
        }
        return mayWrite;
    }

    /** Whether the caller may upload a version of, or retire, the chosen document. */
    public boolean isMayWriteSelected() {
        return selected != null && isMayWrite() && getWritableTeams().contains(selected.teamCode());
    }

    /** The teams the caller may register documents for (none: no form). */
    public List<String> getWritableTeams() {
        if (writableTeams == null) {
            writableTeams = isMayWrite() ? register.writableTeams() : List.of();
        }
        return writableTeams;
    }

    public List<String> getTeams() {
        return SgsiTeams.TEAMS;
    }

    public List<SgsiDocumentState> getStates() {
        return List.of(SgsiDocumentState.values());
    }

    public LazyDataModel<SgsiRow> getRows() {
        return rows;
    }

    public SgsiRow getSelected() {
        return selected;
    }

    public List<SgsiVersionRow> getVersions() {
        return versions;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewVersion() {
        return newVersion;
    }

    public void setNewVersion(String newVersion) {
        this.newVersion = newVersion;
    }

    public String getNewTeam() {
        return newTeam;
    }

    public void setNewTeam(String newTeam) {
        this.newTeam = newTeam;
    }

    public String getNextVersion() {
        return nextVersion;
    }

    public void setNextVersion(String nextVersion) {
        this.nextVersion = nextVersion;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public UploadedFile getVersionFile() {
        return versionFile;
    }

    public void setVersionFile(UploadedFile versionFile) {
        this.versionFile = versionFile;
    }
}
