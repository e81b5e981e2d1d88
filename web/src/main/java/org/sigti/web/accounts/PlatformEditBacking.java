package org.sigti.web.accounts;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.accounts.PlatformChangeRow;
import org.sigti.accounts.PlatformDraft;
import org.sigti.accounts.PlatformRow;
import org.sigti.accounts.Platforms;
import org.sigti.accounts.PrivilegeDraft;
import org.sigti.accounts.PrivilegeRow;
import org.sigti.workflow.WorkflowException;

/**
 * /accounts/platform.xhtml?code=&privilege=: one platform (a new one without code) with its privileges; a privilege
 * named in the URL fills the privilege form for editing, otherwise the form adds one.
 */
@Named
@ViewScoped
public class PlatformEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/accounts/platform?faces-redirect=true&code=";

    @EJB
    private Platforms platforms;

    private String code;
    private String privilege;
    private PlatformRow row;
    private PrivilegeRow editedPrivilege;
    private List<PrivilegeRow> privileges = List.of();
    private List<PlatformChangeRow> changes = List.of();
    private List<String> systems = List.of();
    private String name;
    private String licensePool;
    private String accountRule;
    private String privilegeCode;
    private String privilegeName;
    private boolean uncommon;

    /** f:viewAction: loads the platform named in the URL; without one, the systems a new platform may be. */
    public void load() {
        row = code == null || code.isBlank() ? null : platforms.find(code).orElse(null);
        if (row == null) {
            code = null;
            systems = platforms.availableSystems();
            return;
        }
        name = row.name();
        licensePool = row.licensePool();
        accountRule = row.accountRule();
        privileges = platforms.privileges(row.code());
        changes = platforms.changes(row.code());
        editedPrivilege = privileges.stream().filter(p -> p.code().equals(privilege)).findFirst().orElse(null);
        if (editedPrivilege != null) {
            privilegeCode = editedPrivilege.code();
            privilegeName = editedPrivilege.name();
            uncommon = editedPrivilege.uncommon();
        }
    }

    public String save() {
        PlatformDraft draft = new PlatformDraft(row == null ? code : row.code(), name, licensePool, accountRule);
        try {
            if (row == null) {
                code = platforms.create(draft);
            } else {
                platforms.change(row.code(), row.version(), draft);
            }
        } catch (WorkflowException e) {
            PlatformMessages.show(e);
            return null;
        }
        PlatformMessages.info("platforms.message.saved", code);
        return SELF + code;
    }

    /** Deactivates (no new accounts) or reactivates the platform. */
    public String toggle() {
        try {
            platforms.setActive(row.code(), row.version(), !row.active());
        } catch (WorkflowException e) {
            PlatformMessages.show(e);
            return null;
        }
        PlatformMessages.info(row.active() ? "platforms.message.deactivated" : "platforms.message.activated",
                row.code());
        return SELF + row.code();
    }

    public String delete() {
        try {
            platforms.delete(row.code(), row.version());
        } catch (WorkflowException e) {
            PlatformMessages.show(e);
            return null;
        }
        PlatformMessages.info("platforms.message.deleted", row.code());
        return "/accounts/platforms?faces-redirect=true";
    }

    public String savePrivilege() {
        PrivilegeDraft draft = new PrivilegeDraft(privilegeCode, privilegeName, uncommon);
        try {
            if (editedPrivilege == null) {
                platforms.addPrivilege(row.code(), draft);
            } else {
                platforms.changePrivilege(row.code(), editedPrivilege.code(), editedPrivilege.version(), draft);
            }
        } catch (WorkflowException e) {
            PlatformMessages.show(e);
            return null;
        }
        PlatformMessages.info("platforms.message.privilegeSaved", privilegeCode.strip().toUpperCase(java.util.Locale.ROOT), row.code());
        return SELF + row.code();
    }

    /** Retires (granted no more) or brings back a privilege. */
    public String togglePrivilege(PrivilegeRow p) {
        try {
            platforms.setPrivilegeActive(p.platformCode(), p.code(), p.version(), !p.active());
        } catch (WorkflowException e) {
            PlatformMessages.show(e);
            return null;
        }
        PlatformMessages.info(p.active() ? "platforms.message.privilegeDeactivated"
                : "platforms.message.privilegeActivated", p.code(), p.platformCode());
        return SELF + p.platformCode();
    }

    /** The pools the platform may take seats from: those of its catalog system. */
    public List<String> getPools() {
        String system = row == null ? code : row.code();
        return system == null || system.isBlank() ? List.of() : platforms.pools(system);
    }

    public PlatformRow getRow() {
        return row;
    }

    public PrivilegeRow getEditedPrivilege() {
        return editedPrivilege;
    }

    public List<PrivilegeRow> getPrivileges() {
        return privileges;
    }

    public List<PlatformChangeRow> getChanges() {
        return changes;
    }

    public List<String> getSystems() {
        return systems;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPrivilege() {
        return privilege;
    }

    public void setPrivilege(String privilege) {
        this.privilege = privilege;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLicensePool() {
        return licensePool;
    }

    public void setLicensePool(String licensePool) {
        this.licensePool = licensePool;
    }

    public String getAccountRule() {
        return accountRule;
    }

    public void setAccountRule(String accountRule) {
        this.accountRule = accountRule;
    }

    public String getPrivilegeCode() {
        return privilegeCode;
    }

    public void setPrivilegeCode(String privilegeCode) {
        this.privilegeCode = privilegeCode;
    }

    public String getPrivilegeName() {
        return privilegeName;
    }

    public void setPrivilegeName(String privilegeName) {
        this.privilegeName = privilegeName;
    }

    public boolean isUncommon() {
        return uncommon;
    }

    public void setUncommon(boolean uncommon) {
        this.uncommon = uncommon;
    }
}
