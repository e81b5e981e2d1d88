package org.sigti.it.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.inventory.Criticality;
import org.sigti.inventory.EquipmentDraft;
import org.sigti.inventory.EquipmentKind;
import org.sigti.inventory.EquipmentRegistry;
import org.sigti.inventory.ExpiryAlerts;
import org.sigti.inventory.ExpiryObject;
import org.sigti.inventory.Holding;
import org.sigti.inventory.InventoryCustody;
import org.sigti.inventory.InventoryException;
import org.sigti.inventory.LicensePools;
import org.sigti.inventory.LicenseType;
import org.sigti.inventory.PoolDraft;
import org.sigti.inventory.SystemCatalog;
import org.sigti.inventory.SystemKind;
import org.sigti.inventory.SystemRow;
import org.sigti.it.AsJefe;
import org.sigti.it.AsResponsable;
import org.sigti.it.AsRole;
import org.sigti.it.AsTecnico;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.ProcedureFlow;

/**
 * The inventory inside the deployed EAR (a probe WAR, calling as a role through {@link AsRole}): the seat API the
 * altas and bajas call inside their transaction (an exhausted pool refuses and the whole alta rolls back; racing
 * altas for the last seat: exactly one wins), equipment custody and holdings, the expiry calendar opening exactly
 * one SEPREM-DI-005.1 case per object and expiry date even when two sweeps race, and that case walked to its end,
 * where the new expiry reaches the pool. Each test makes its own platform, pools and equipment (codes unique per
 * run).
 */
@ExtendWith(ArquillianExtension.class)
class InventoryIT {

    /** The institution of SEPREM-DI-005.1, whose inventory these tests keep and renew. */
    private static final String SEPREM = "SEPREM";

    private static final String RENEWAL = "SEPREM-DI-005.1";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
    private static final ZoneId ZONE = ZoneId.of("America/La_Paz");
    /** The run in user names, which are lower-case. */
    private static final String WHO = RUN.toLowerCase();

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    @EJB(lookup = "java:global/sigti/sigti-ejb/InventoryCustody")
    InventoryCustody custody;
    @EJB(lookup = "java:global/sigti/sigti-ejb/LicensePools")
    LicensePools pools;
    @EJB(lookup = "java:global/sigti/sigti-ejb/EquipmentRegistry")
    EquipmentRegistry registry;
    @EJB(lookup = "java:global/sigti/sigti-ejb/SystemCatalog")
    SystemCatalog catalog;
    @EJB(lookup = "java:global/sigti/sigti-ejb/ExpiryAlerts")
    ExpiryAlerts alerts;
    @EJB(lookup = "java:global/sigti/sigti-ejb/SepremDi0051!org.sigti.workflow.ProcedureFlow")
    ProcedureFlow renewal;

    @Inject
    CaseEngine engine;

    @EJB(lookup = AsRole.JEFE)
    AsJefe asJefe;
    @EJB(lookup = AsRole.RESPONSABLE)
    AsResponsable asResponsable;
    @EJB(lookup = AsRole.TECNICO)
    AsTecnico asTecnico;

    // the renewal (SEPREM-DI-005.1) is SEPREM's: its queues are served by the Dirección de Informática's own units
    static final Actor RESPONSABLE_UIT = new Actor("responsable.di-infra", "Responsable DI-INFRA", null,
            List.of("Responsable"), "DI-INFRA", "SEPREM");
    static final Actor JEFE = new Actor("jefe.di", "Jefe DI", null, List.of("Jefe"), "DI", "SEPREM");
    static final Actor TECNICO_SOP = new Actor("tecnico.di-soporte", "Técnico Soporte", null, List.of("Tecnico"),
            "DI-SOPORTE", "SEPREM");

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "inventory-probe.war")
                .addClasses(InventoryIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml"));
    }

    @BeforeEach
    void statements() {
        sql = new Sql(db);
    }

    @Test
    void an_exhausted_pool_refuses_the_seat_and_the_whole_alta_rolls_back() throws Exception {
        // given: a platform whose only pool has one seat, taken
        String platform = platform("EXH");
        long pool = pool(platform, "EXH", 1, null);
        long caseId = newCase("Alta de prueba " + RUN);
        long laptop = equipment("EXH");
        asTecnico.callIn(SEPREM, () -> {
            custody.assignSeat(platform, "ana." + WHO, caseId, "tecnico");
            return null;
        });

        // when: another alta hands over a laptop, then asks for a seat
        InventoryException refused = assertThrows(InventoryException.class, () -> asTecnico.callIn(SEPREM, () -> {
            custody.assignEquipment(laptop, "bea." + WHO, "Bea Prueba", "RRHH", caseId, "tecnico");
            custody.assignSeat(platform, "bea." + WHO, caseId, "tecnico");
            return null;
        }));

        // then: refused with its key, and nothing of that alta stays
        assertEquals("inventory.pool.exhausted", refused.messageKey());
        assertEquals(1, sql.number("select seats_used from license_pool where id = ?", pool));
        assertEquals(0, sql.number("select count(*) from license_seat where holder_username = ?", "bea." + WHO));
        assertEquals("IN_STOCK", sql.text("select state from equipment where id = ?", laptop));
        assertEquals(1, sql.number("select count(*) from equipment_custody where equipment_id = ?", laptop));
        assertEquals(List.of(), asTecnico.callIn(SEPREM, () -> custody.holdings("bea." + WHO)));
    }

    @Test
    void two_altas_racing_for_the_last_seat_one_wins() throws Exception {
        // given
        String platform = platform("RACE");
        long pool = pool(platform, "RACE", 1, null);
        long caseId = newCase("Altas concurrentes " + RUN);
        int callers = 6;

        // when
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        List<Object> outcomes = new ArrayList<>();
        try {
            CyclicBarrier start = new CyclicBarrier(callers);
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String holder = "race" + i + "." + WHO;
                calls.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        return asTecnico.callIn(SEPREM, () -> {
                            custody.assignSeat(platform, holder, caseId, "tecnico");
                            return (Object) "won";
                        });
                    } catch (InventoryException e) {
                        return e.messageKey();
                    }
                }));
            }
            for (Future<Object> call : calls) {
                outcomes.add(call.get(120, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        // then
        assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes::toString);
        assertEquals(callers - 1, outcomes.stream().filter("inventory.pool.exhausted"::equals).count(),
                outcomes::toString);
        assertEquals(1, sql.number("select seats_used from license_pool where id = ?", pool));
        assertEquals(1, sql.number("select count(*) from license_seat where pool_id = ? and active_holder is not null",
                pool));
    }

    @Test
    void a_baja_gives_back_seats_and_equipment_and_holdings_list_them_before() throws Exception {
        // given
        String platform = platform("BAJA");
        long pool = pool(platform, "BAJA", 5, null);
        long caseId = newCase("Alta y baja " + RUN);
        long laptop = equipment("BAJA");
        String holder = "carla." + WHO;
        asTecnico.callIn(SEPREM, () -> {
            custody.assignSeat(platform, holder, caseId, "tecnico");
            custody.assignSeat(platform, holder, caseId, "tecnico"); // a second alta of the same account: no-op
            custody.assignEquipment(laptop, holder, "Carla Prueba", "DAF", caseId, "tecnico");
            return null;
        });
        List<Holding> held = asTecnico.callIn(SEPREM, () -> custody.holdings(holder));
        assertEquals(List.of(Holding.SEAT, Holding.EQUIPMENT), held.stream().map(Holding::kind).toList());
        assertEquals(1, sql.number("select seats_used from license_pool where id = ?", pool));

        // when
        int[] released = asTecnico.callIn(SEPREM, () -> new int[] {custody.releaseSeats(holder, caseId, "tecnico"),
            custody.returnEquipmentToStock(holder, caseId, "tecnico")});

        // then
        assertEquals(1, released[0]);
        assertEquals(1, released[1]);
        assertEquals(0, sql.number("select seats_used from license_pool where id = ?", pool));
        assertEquals("IN_STOCK", sql.text("select state from equipment where id = ?", laptop));
        assertEquals(3, sql.number("select count(*) from equipment_custody where equipment_id = ?", laptop));
        assertEquals(List.of(), asTecnico.callIn(SEPREM, () -> custody.holdings(holder)));
        // and equipment not in stock cannot be handed over
        asTecnico.callIn(SEPREM, () -> {
            custody.assignEquipment(laptop, holder, "Carla Prueba", "DAF", caseId, "tecnico");
            return null;
        });
        InventoryException busy = assertThrows(InventoryException.class, () -> asTecnico.callIn(SEPREM, () -> {
            custody.assignEquipment(laptop, "otra." + WHO, null, null, caseId, "tecnico");
            return null;
        }));
        assertEquals("inventory.equipment.notInStock", busy.messageKey());
    }

    @Test
    void the_seat_api_runs_only_inside_a_caller_transaction_and_for_it_staff() {
        Exception anonymous = assertThrows(Exception.class, () -> custody.releaseSeats("x", 1, "x"));
        assertTrue(causes(anonymous, EJBAccessException.class), anonymous::toString);
    }

    @Test
    void the_expiry_calendar_opens_one_renewal_case_per_object_and_date_even_when_sweeps_race() throws Exception {
        // given: SEPREM's pool and warranty inside the window and its pool outside it (SEPREM-DI-005.1 renews
        // SEPREM's inventory), and AGETIC's pool inside the window
        LocalDate today = LocalDate.now(ZONE);
        String platform = platform("EXP");
        long due = pool(platform, "EXP1", 3, today.plusDays(5));
        long later = pool(platform, "EXP2", 3, today.plusDays(400));
        long laptop = asJefe.callIn(SEPREM, () -> registry.register(new EquipmentDraft(EquipmentKind.LAPTOP,
                "SNEXP" + RUN, "EQEXP" + RUN, "HP", "840", null, today.minusYears(2), today.plusDays(3), null, null,
                null)));
        long forDisposal = asJefe.callIn(SEPREM, () -> registry.register(new EquipmentDraft(EquipmentKind.LAPTOP,
                "SNEXPB" + RUN, "EQEXPB" + RUN, "HP", "840", null, today.minusYears(6), today.plusDays(4), null, null,
                null)));
        // a dictamen recommended its baja: its warranty is not renewed
        sql.update("update equipment set state = 'FOR_DISPOSAL' where id = ?", forDisposal);
        String ageticPlatform = "ITEXPA" + RUN;
        asJefe.call(() -> catalog.create(new SystemRow(0, 0, ageticPlatform, "Plataforma de AGETIC",
                SystemKind.PLATFORM, Criticality.MEDIUM, "UIT", null, true)));
        long ageticPool = asJefe.call(() -> pools.create(new PoolDraft("LIC-EXPA" + RUN, "Producto de AGETIC",
                LicenseType.PER_USER, 3, today.plusDays(5), "Proveedor", ageticPlatform)));

        // when: two sweeps at once, then the daily one again
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sweeps.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return alerts.sweep(today);
                }));
            }
            for (Future<Integer> s : sweeps) {
                s.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        alerts.sweep(today);

        // then
        assertEquals(1, alertCount(ExpiryObject.LICENSE_POOL, due));
        assertEquals(1, alertCount(ExpiryObject.EQUIPMENT, laptop));
        assertEquals(0, alertCount(ExpiryObject.LICENSE_POOL, later));
        assertEquals(0, alertCount(ExpiryObject.EQUIPMENT, forDisposal), "equipment for disposal opens no renewal");
        assertEquals(0, alertCount(ExpiryObject.LICENSE_POOL, ageticPool), "AGETIC's pool opens no SEPREM case");
        long caseId = sql.number("select case_id from expiry_alert where object_type = 'LICENSE_POOL'"
                + " and object_id = ?", due);
        assertEquals(RENEWAL, sql.text("select procedure_code from work_case where id = ?", caseId));
        assertEquals("1|Responsable|DI-INFRA", sql.text("select step_code || '|' || role_name || '|' || unit_code"
                + " from work_item where case_id = ? and status = 'OPEN'", caseId));
    }

    @Test
    void the_renewal_case_walked_to_its_end_renews_the_pool() throws Exception {
        // given: the case the calendar opened for a pool expiring in ten days
        LocalDate today = LocalDate.now(ZONE);
        LocalDate expiry = today.plusDays(10);
        long pool = pool(platform("REN"), "REN", 4, expiry);
        assertTrue(alerts.openOnce(ExpiryObject.LICENSE_POOL, pool, expiry, "responsable.di-infra"));
        long caseId = sql.number("select case_id from expiry_alert where object_type = 'LICENSE_POOL'"
                + " and object_id = ?", pool);

        // when: the manual's steps, with one unsatisfactory reception (↺ 5)
        act(asResponsable, RESPONSABLE_UIT, caseId, "1", "continuar", Map.of("necesidad", "Renovar 4 licencias."));
        act(asJefe, JEFE, caseId, "2", "continuar", Map.of());
        act(asResponsable, RESPONSABLE_UIT, caseId, "3", "continuar", Map.of("especificaciones", "4 usuarios, 1 año."));
        act(asJefe, JEFE, caseId, "4", "continuar", Map.of());
        act(asResponsable, RESPONSABLE_UIT, caseId, "5", "no_satisfactoria", Map.of());
        act(asResponsable, RESPONSABLE_UIT, caseId, "5", "satisfactoria", Map.of());
        act(asResponsable, RESPONSABLE_UIT, caseId, "6", "continuar", Map.of());
        // a date that is not later than the current expiry is refused, and nothing changes
        InventoryException early = assertThrows(InventoryException.class, () -> act(asResponsable, RESPONSABLE_UIT,
                caseId, "7", "continuar", Map.of("nuevo_vencimiento", expiry.minusDays(1).toString())));
        assertEquals("inventory.renewal.notLater", early.messageKey());
        assertEquals("7", sql.text("select step_code from work_item where case_id = ? and status = 'OPEN'", caseId));
        LocalDate renewed = expiry.plusYears(1);
        act(asResponsable, RESPONSABLE_UIT, caseId, "7", "continuar",
                Map.of("nuevo_vencimiento", renewed.toString(), "puestos_total", "6"));
        act(asTecnico, TECNICO_SOP, caseId, "8", "fin", Map.of());

        // then
        assertEquals("CLOSED", sql.text("select status from work_case where id = ?", caseId));
        assertEquals(renewed.toString(), sql.text("select cast(expires_on as varchar(20)) from license_pool"
                + " where id = ?", pool));
        assertEquals(6, sql.number("select seats_total from license_pool where id = ?", pool));
    }

    /** Does one move on the case's open step as {@code actor}, with the role of {@code as} for the services. */
    private void act(AsRole as, Actor actor, long caseId, String step, String outcome, Map<String, String> fields)
            throws Exception {
        long[] item = openItem(caseId);
        assertEquals(step, sql.text("select step_code from work_item where id = ?", item[0]));
        as.callIn(SEPREM, () -> engine.act(actor, new Move(item[0], item[1], outcome, null, fields, null), renewal));
    }

    private long[] openItem(long caseId) throws SQLException {
        return sql.numbers("select id, version from work_item where case_id = ? and status = 'OPEN' order by id",
                caseId);
    }

    private String platform(String name) throws Exception {
        String code = ("IT" + name + RUN).substring(0, Math.min(30, 2 + name.length() + RUN.length()));
        asJefe.callIn(SEPREM, () -> catalog.create(new SystemRow(0, 0, code, "Plataforma " + name, SystemKind.PLATFORM,
                Criticality.MEDIUM, "UIT", null, true)));
        return code;
    }

    private long pool(String platform, String name, int seats, LocalDate expiry) throws Exception {
        return asJefe.callIn(SEPREM, () -> pools.create(new PoolDraft("LIC-" + name + RUN, "Producto " + name,
                LicenseType.PER_USER, seats, expiry, "Proveedor", platform)));
    }

    private long equipment(String name) throws Exception {
        return asJefe.callIn(SEPREM, () -> registry.register(new EquipmentDraft(EquipmentKind.LAPTOP, "SN" + name + RUN,
                "EQ" + name + RUN, "HP", "840", "Piso 1", null, null, null, null, null)));
    }

    private long newCase(String title) throws Exception {
        return asJefe.callIn(SEPREM, () -> engine.startBySystem(RENEWAL, title, null, null, null, Map.of()).getId());
    }

    private long alertCount(ExpiryObject type, long id) throws SQLException {
        return sql.number("select count(*) from expiry_alert where object_type = ? and object_id = ?", type.name(),
                id);
    }

    private static boolean causes(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
