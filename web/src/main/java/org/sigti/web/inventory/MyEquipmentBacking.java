package org.sigti.web.inventory;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.sigti.inventory.EquipmentRegistry;
import org.sigti.inventory.EquipmentRow;

/** /inventory/mine.xhtml, "Mis equipos": the equipment the caller has in custody. */
@Named
@RequestScoped
public class MyEquipmentBacking {

    @EJB
    private EquipmentRegistry registry;

    private List<EquipmentRow> rows;

    public List<EquipmentRow> getRows() {
        if (rows == null) {
            rows = registry.mine();
        }
        return rows;
    }
}
