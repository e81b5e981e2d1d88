package org.sigti.web.admin;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.people.DirectoryUser;
import org.sigti.people.PeopleDirectory;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;

/** /admin/users.xhtml: the people who may use SIGTI, with units and roles, as Keycloak has them. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeopleDirectory directory;

    private LazyDataModel<DirectoryUser> users;

    @PostConstruct
    void init() {
        users = new PagedList<>(directory::count, directory::page, DirectoryUser::username);
    }

    /** Every person of the list, as a file ("csv" or "xlsx"), in the same order. */
    public void export(String format) throws IOException {
        TableExport<DirectoryUser> export = TableExport.of("admin_users.exportFile");
        export.column("admin_users.column.username", DirectoryUser::username)
                .column("admin_users.column.name", DirectoryUser::fullName)
                .column("admin_users.column.email", DirectoryUser::email)
                .column("admin_users.column.units", u -> String.join(", ", u.units()))
                .column("admin_users.column.roles", u -> String.join(", ", u.roles().stream()
                        .map(r -> export.text("role." + r)).toList()))
                .column("admin_users.column.enabled", u -> export.text(u.enabled() ? "general.yes" : "general.no"))
                .send(ExportFormat.named(format), PeopleDirectory.MAX_PAGE_SIZE, directory::page);
    }

    public LazyDataModel<DirectoryUser> getUsers() {
        return users;
    }
}
