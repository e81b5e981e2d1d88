package org.sigti.web.home;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.inject.Named;

import jakarta.faces.view.ViewScoped;
import org.primefaces.model.LazyDataModel;
import org.sigti.request.RequestInbox;
import org.sigti.request.RequestRow;
import org.sigti.web.faces.PagedList;

/** The home page: "Mi bandeja" (what waits for me) and "Mis solicitudes" (what I filed). */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RequestInbox requests;

    private LazyDataModel<RequestRow> inbox;
    private LazyDataModel<RequestRow> myRequests;
    private Long inboxCount;

    @PostConstruct
    void init() {
        inbox = new PagedList<>(requests::countInbox, requests::inbox, row -> String.valueOf(row.id()));
        myRequests = new PagedList<>(requests::countMyRequests, requests::myRequests, row -> String.valueOf(row.id()));
    }

    /** How many requests wait for me, for the inbox heading (rendered before the table pages). */
    public long getInboxCount() {
        if (inboxCount == null) {
            inboxCount = requests.countInbox();
        }
        return inboxCount;
    }

    public LazyDataModel<RequestRow> getInbox() {
        return inbox;
    }

    public LazyDataModel<RequestRow> getMyRequests() {
        return myRequests;
    }
}
