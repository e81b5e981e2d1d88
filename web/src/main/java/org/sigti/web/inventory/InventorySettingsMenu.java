package org.sigti.web.inventory;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.sigti.inventory.InventorySettings;

/**
 * Whether the inventory's tabs offer "Vencimientos" (the expiry calendar's settings): only to the people of the
 * institution whose manual renews licenses and warranties; anyone else opening it gets the 403 page. Asked once a
 * request, after the role check.
 */
@Named
@RequestScoped
public class InventorySettingsMenu {

    @EJB
    private InventorySettings settings;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            offered = settings.isCallers();
        }
        return offered;
    }
}
