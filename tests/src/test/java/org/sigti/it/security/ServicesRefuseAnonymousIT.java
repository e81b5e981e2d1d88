package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.Sigti;

/**
 * Every business method of every EJB service of the deployed EAR, found by listing its JNDI names (so a new
 * service is covered without touching this test), is called without any identity and must be refused. Only the
 * services that are open on purpose ({@code @PermitAll}, listed here with the reason) may answer. Removing the
 * {@code @RolesAllowed} of a service makes this fail.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesRefuseAnonymousIT {

    private static final String SERVICES = "java:global/sigti/sigti-ejb";

    /**
     * Open on purpose: start-up and readiness (no caller), recording denials (every caller), the demo cases
     * filed at start-up of the demo installation, and the backup timers (no caller; their methods only make the
     * timers agree with the stored schedules).
     */
    private static final Set<String> OPEN = Set.of("DatabaseMigration", "DatabaseHealth", "SecurityEvents",
            "DemoCases", "ServiceLevelSweep",
            // the inventory's expiry calendar: timer work with no caller (its screen goes through InventorySettings)
            "ExpiryAlerts", "ExpiryAlertTimer",
            // the backup schedules' timers: run by the clock, as the Jefe (@RunAs)
            "BackupTimers",
            // the semiannual plans' timer (no caller; its screen goes through SemesterPlans)
            "SemesterPlanTimer",
            // the annual maintenance plan's timer: no caller, no business method (its button goes through
            // MaintenancePlan, Jefe/Responsable)
            "MaintenancePlanTimer",
            // the access review's calendar timer: reschedule() only makes the timers match the calendar the Jefe set
            "AccessReviewTimer",
            // the mail outbox's worker, its bookkeeping and its sweep: nudged after the commit of anyone's move (a
            // timer's move has no caller) and run by the sweep's timer; they only send what the outbox says is due
            // (the Jefe's page goes through MailOutboxLog)
            "MailSender", "MailLedger", "MailSweep",
            // the kernel's run of a procedure's start step for a case SIGTI opens itself (the clock has no caller);
            // it refuses any transition not made by SIGTI's own actor
            "SystemStart",
            // the institution check every module makes on a record asked for by id: it names the caller's institution
            // and refuses another's; the services that call it carry the roles
            "InstitutionScope",
            // the audit trail's checkpoints: the clock's work (no caller); anchor() only appends to the file outside
            // the database what the ledgers hold now, read() gives numbers and seals (no content of any record)
            "AuditAnchors",
            // the clock of the import of Keycloak's events: no caller, no business method; its call runs as the
            // Auditor (@RunAs), and the screen's "Actualizar" goes through KeycloakEvents (Jefe/Auditor)
            "KeycloakEventTimer",
            // the clock of the cases from e-mail: no caller; states() gives the readiness probe each mailbox's name
            // and UP/DOWN (no content of any mail), and the mails are filed in their senders' names
            "IntakePoller");

    /**
     * Methods open on purpose: a procedure's declaration is public (the catalog shows it); the business calendar and
     * the service-level targets are configuration the kernel's timers read without a caller.
     */
    private static final Set<String> OPEN_METHODS = Set.of("*.definition", "ServiceLevelCache.calendar",
            "ServiceLevelCache.targets");

    @Deployment(name = "sigti", testable = false, order = 1)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "anonymous-probe.war").addClasses(ServicesRefuseAnonymousIT.class,
                Sigti.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void every_service_refuses_a_caller_without_identity() throws Exception {
        Set<String> services = services();
        assertTrue(services.containsAll(Set.of("Inbox", "Workflow", "CaseQueries", "AuditVerifier",
                "LoginRegistration", "PeopleDirectory", "SecurityEventLog", "UgatAitPr01", "S04030105",
                "InventoryCustody", "EquipmentRegistry", "LicensePools", "SystemCatalog", "InventoryImport",
                "InventorySettings", "Renewals", "SepremDi0051", "Accounts", "SepremDi0011", "S04030101",
                "S04030102", "SepremDi0061", "S04030103", "S04030403", "MaintenancePlan",
                "DataCenterLog", "SepremDi0021", "S04030401", "S04030302", "AccessReviews", "S04030102R", "Platforms",
                "MailOutboxLog", "KeycloakEvents", "KeycloakEventImport")),
                services::toString);
        List<String> open = new ArrayList<>();
        int calls = 0;
        for (String service : services) {
            if (OPEN.contains(service)) {
                continue;
            }
            Object bean = new InitialContext().lookup(SERVICES + "/" + service);
            // a no-interface view is a subclass of the bean class: its declared methods are the business methods;
            // a local-interface view (the procedures' ProcedureFlow) implements the interface
            Method[] methods = bean.getClass().getInterfaces().length > 0
                    && bean.getClass().getInterfaces()[0].getName().startsWith("org.sigti")
                    ? bean.getClass().getInterfaces()[0].getMethods()
                    : bean.getClass().getSuperclass().getDeclaredMethods();
            for (Method method : methods) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || OPEN_METHODS.contains("*." + method.getName())
                        || OPEN_METHODS.contains(service + "." + method.getName())) {
                    continue;
                }
                calls++;
                if (!refused(bean.getClass().getMethod(method.getName(), method.getParameterTypes()), bean)) {
                    open.add(service + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), open, "services that answered a caller without identity");
        assertTrue(calls >= 9, "only " + calls + " business methods found");
    }

    private static boolean refused(Method method, Object bean) throws IllegalAccessException {
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == int.class ? 0 : types[i] == long.class ? 0L : types[i] == boolean.class ? false : null;
        }
        try {
            Object result = method.invoke(bean, args);
            if (result instanceof java.util.concurrent.Future<?> async) {
                async.get(30, java.util.concurrent.TimeUnit.SECONDS); // @Asynchronous: refused in its own thread
            }
            return false;
        } catch (InvocationTargetException | java.util.concurrent.ExecutionException
                | java.util.concurrent.TimeoutException | InterruptedException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return true;
                }
            }
            // any other failure means the call got past the security check
            return false;
        }
    }

    private static Set<String> services() throws NamingException {
        Set<String> names = new TreeSet<>();
        NamingEnumeration<NameClassPair> list = new InitialContext().list(SERVICES);
        while (list.hasMore()) {
            String name = list.next().getName();
            names.add(name.contains("!") ? name.substring(0, name.indexOf('!')) : name);
        }
        return names;
    }
}
