package org.sigti.web.admin;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.people.DirectoryUser;
import org.sigti.people.PeopleDirectory;
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

    public LazyDataModel<DirectoryUser> getUsers() {
        return users;
    }
}
