package org.sigti.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.sigti.people.InstitutionException;
import org.sigti.people.InstitutionRules;
import org.sigti.people.InstitutionSettings;
import org.sigti.people.LetterheadEdit;
import org.sigti.people.LetterheadSettings;
import org.sigti.security.Roles;

/**
 * /admin/institution.xhtml: the letterhead of the user's institution (name, address line, logo) and the format of its
 * document numbers, with the number the next oficio would get; the Jefe edits them, the Auditor reads them. Another
 * institution's are never shown: the service answers for the caller's. A refused change shows the service's reason
 * and leaves the typed values on screen to be corrected.
 */
@Named
@ViewScoped
public class InstitutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InstitutionSettings institution;

    private LetterheadSettings settings;
    private List<InstitutionSettings.Change> changes;
    private String name;
    private String address;
    private String numberFormat;
    private String example;
    private String exampleProblem;
    private transient UploadedFile logo;

    @PostConstruct
    void init() {
        settings = institution.current();
        changes = institution.recentChanges();
        name = settings.name();
        address = settings.address();
        numberFormat = settings.numberFormat();
        numberFormatChanged();
    }

    /** Only the Jefe changes the letterhead; the Auditor reads it. */
    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.JEFE);
    }

    public void save() {
        LetterheadEdit edit = new LetterheadEdit(settings.code(), settings.version(), name, address, numberFormat);
        if (attempt(() -> institution.changeLetterhead(edit))) {
            saved();
        }
    }

    public void uploadLogo() {
        byte[] content = logo == null ? null : logo.getContent();
        if (attempt(() -> institution.replaceLogo(settings.code(), settings.version(), content))) {
            saved();
        }
    }

    public void removeLogo() {
        if (attempt(() -> institution.removeLogo(settings.code(), settings.version()))) {
            saved();
        }
    }

    /** The typed format changed: the next oficio's number in it, or why it cannot number documents. */
    public void numberFormatChanged() {
        try {
            example = institution.nextOficio(numberFormat);
            exampleProblem = null;
        } catch (InstitutionException e) {
            example = null;
            exampleProblem = ProblemMessages.text(e.getProblem(), e.getArguments());
        }
    }

    /** Runs a change; a refusal becomes the page's error message, in the user's language. */
    private static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (InstitutionException e) {
            ProblemMessages.error(e.getProblem(), e.getArguments());
            return false;
        }
    }

    /** Shows what is stored now, with its new version, and says so. */
    private void saved() {
        init();
        ProblemMessages.info("admin_institution.message.saved");
    }

    public LetterheadSettings getSettings() {
        return settings;
    }

    /** The latest changes of the letterhead and numbering, newest first. */
    public List<InstitutionSettings.Change> getChanges() {
        return changes;
    }

    /**
     * The preview's address inside SIGTI (h:graphicImage adds the context path): it changes with each saved version,
     * so the page shows the new logo at once.
     */
    public String getLogoUrl() {
        return "/admin/institution-logo?v=" + settings.version();
    }

    public int getMaxLogoKb() {
        return InstitutionRules.MAX_LOGO_KB;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    public String getExample() {
        return example;
    }

    public String getExampleProblem() {
        return exampleProblem;
    }

    public UploadedFile getLogo() {
        return logo;
    }

    public void setLogo(UploadedFile logo) {
        this.logo = logo;
    }
}
