package org.sigti.web.backup;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.backup.BackupException;
import org.sigti.backup.BackupTargets;
import org.sigti.backup.PasswordSource;
import org.sigti.backup.TargetEdit;
import org.sigti.backup.TargetView;
import org.sigti.security.Roles;
import org.sigti.web.admin.ProblemMessages;

/**
 * /backup/targets.xhtml: the PostgreSQL databases SIGTI copies. The Responsable and the Jefe add and change them
 * (SIGTI's own database only when SIGTI runs on PostgreSQL); the Técnico reads them and tests a connection. A refused
 * edit shows the service's reason and keeps the form as typed.
 */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BackupTargets service;

    private List<TargetView> targets;
    private boolean ownAddable;
    private boolean editing;
    private Long id;
    private boolean own;
    private String name;
    private String host;
    private Integer port;
    private String database;
    private String user;
    private PasswordSource passwordSource = PasswordSource.ENV;
    private String passwordRef;
    private String scratchDatabase;
    private String keyTables;
    private String locations;

    @PostConstruct
    void init() {
        targets = service.list();
        ownAddable = service.ownDatabaseAddable();
    }

    public boolean isEditable() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().isUserInRole(Roles.JEFE)
                || context.getExternalContext().isUserInRole(Roles.RESPONSABLE);
    }

    public void add() {
        fill(new TargetEdit(null, null, false, null, 5432, null, null, PasswordSource.ENV, null, null, null,
                "disco local"));
    }

    public void addOwn() {
        fill(new TargetEdit(null, "SIGTI", true, null, null, null, null, null, null, null, null, "disco local"));
    }

    public void edit(long targetId) {
        fill(service.get(targetId).edit(service.configuredScratch(targetId)));
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        try {
            service.save(new TargetEdit(id, name, own, host, port, database, user, passwordSource, passwordRef,
                    scratchDatabase, keyTables, locations));
        } catch (BackupException e) {
            ProblemMessages.error(e.getProblem(), e.getArguments());
            return;
        }
        editing = false;
        init();
        ProblemMessages.info("backup_targets.message.saved");
    }

    public void test(long targetId) {
        try {
            ProblemMessages.info("backup_targets.message.connected", service.testConnection(targetId));
        } catch (BackupException e) {
            ProblemMessages.error(e.getProblem(), e.getArguments());
        }
    }

    private void fill(TargetEdit edit) {
        id = edit.id();
        own = edit.ownDatabase();
        name = edit.name();
        host = edit.host();
        port = edit.port();
        database = edit.database();
        user = edit.user();
        passwordSource = edit.passwordSource() == null ? PasswordSource.ENV : edit.passwordSource();
        passwordRef = edit.passwordRef();
        scratchDatabase = edit.scratchDatabase();
        keyTables = edit.keyTables();
        locations = edit.locations();
        editing = true;
    }

    public PasswordSource[] getPasswordSources() {
        return PasswordSource.values();
    }

    public List<TargetView> getTargets() {
        return targets;
    }

    public boolean isOwnAddable() {
        return ownAddable;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isOwn() {
        return own;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public PasswordSource getPasswordSource() {
        return passwordSource;
    }

    public void setPasswordSource(PasswordSource passwordSource) {
        this.passwordSource = passwordSource;
    }

    public String getPasswordRef() {
        return passwordRef;
    }

    public void setPasswordRef(String passwordRef) {
        this.passwordRef = passwordRef;
    }

    public String getScratchDatabase() {
        return scratchDatabase;
    }

    public void setScratchDatabase(String scratchDatabase) {
        this.scratchDatabase = scratchDatabase;
    }

    public String getKeyTables() {
        return keyTables;
    }

    public void setKeyTables(String keyTables) {
        this.keyTables = keyTables;
    }

    public String getLocations() {
        return locations;
    }

    public void setLocations(String locations) {
        this.locations = locations;
    }
}
