package org.sigti.workflow;

import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The demo cases of the run command ({@code SIGTI_DEMO_DATA=true}): once, on an empty case table, right after the
 * schema migration, it fires {@link DemoData}, and the procedures that show demo cases file them (the support
 * procedures: one case waiting at the first desk of each).
 */
@Stateless
@PermitAll // start-up work of the demo installation only, called by DatabaseMigration; no caller identity involved
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DemoData> demo;

    public void seedIfEmpty() {
        if (!em.createQuery("select c.id from WorkCase c", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        DemoData data = new DemoData();
        demo.fire(data);
        LOG.info(() -> "SIGTI demo: " + data.filed() + " cases filed");
    }
}
