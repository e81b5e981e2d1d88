package org.sigti.web.inventory;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.inventory.ExpirySettings;
import org.sigti.inventory.InventorySettings;
import org.sigti.workflow.WorkflowException;

/** /inventory/settings.xhtml: the expiry calendar's window, hour and Responsable; a sweep on demand. */
@Named
@ViewScoped
public class InventorySettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InventorySettings settings;

    private ExpirySettings current;
    private Integer windowDays;
    private Integer hour;
    private String assignee;

    /** f:viewAction: the settings, read before the page renders so that another institution gets the 403 page. */
    public void load() {
        current = settings.expiry();
        windowDays = current.windowDays();
        hour = current.hour();
        assignee = current.assignee();
    }

    public String save() {
        try {
            settings.change(windowDays, hour, assignee);
        } catch (WorkflowException e) {
            InventoryMessages.show(e);
            return null;
        }
        InventoryMessages.info("inventory_settings.saved");
        return "/inventory/settings?faces-redirect=true";
    }

    public String sweep() {
        int opened = settings.sweepNow();
        InventoryMessages.info("inventory_settings.swept", opened);
        return "/inventory/settings?faces-redirect=true";
    }

    public ExpirySettings getCurrent() {
        return current;
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer windowDays) {
        this.windowDays = windowDays;
    }

    public Integer getHour() {
        return hour;
    }

    public void setHour(Integer hour) {
        this.hour = hour;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
