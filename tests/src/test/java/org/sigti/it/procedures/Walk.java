package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;

/**
 * What the browser walks of procedures share: one SMTP server (GreenMail) for the class, the people of the current
 * test at their desks (browsers logged in once per class, see {@code Sessions}), and the set-up of a walk done in the
 * server ({@link CaseDriver}) for the steps that are not under test.
 */
public abstract class Walk {

    protected static Mailbox mailbox;

    private final Map<String, Desk> desks = new LinkedHashMap<>();
    private String shotPrefix;

    @BeforeAll
    protected static void startMailServer() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    protected static void stopMailServer() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @BeforeEach
    protected void name(TestInfo test) {
        shotPrefix = test.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    protected void leaveDesks() {
        desks.values().forEach(Desk::close);
        desks.clear();
    }

    protected Desk desk(String user) {
        return desks.computeIfAbsent(user, u -> Desk.login(u, shotPrefix));
    }

    /** A person of the demo realm (wildfly-config/keycloak/demo), as the kernel sees them once logged in. */
    public record Person(String user, String name, String email, String unit, List<String> roles,
            String institution) {

        /** A person of the default institution (AGETIC). */
        public Person(String user, String name, String email, String unit, List<String> roles) {
            this(user, name, email, unit, roles, "AGETIC");
        }
    }

    public static final Person SOLICITANTE = new Person("solicitante", "María Gutiérrez Peña",
            "solicitante@sigti.example", "RRHH", List.of("Solicitante"));
    public static final Person OPERADOR = new Person("operador", "Luis Fernández Choque", "operador@sigti.example",
            "AIT", List.of("Operador", "Solicitante"));
    public static final Person TECNICO = new Person("tecnico", "Rosa Condori Vargas", "tecnico@sigti.example", "UIT",
            List.of("Tecnico", "Solicitante"));
    public static final Person RESPONSABLE_UIT = new Person("responsable.uit", "Jorge Rojas Céspedes",
            "responsable.uit@sigti.example", "UIT", List.of("Responsable", "Solicitante"));
    public static final Person JEFE = new Person("jefe", "Juana Mamani Flores", "jefe@sigti.example", "DTI",
            List.of("Jefe", "Solicitante"));

    /** The people of MINDEF (procedures S04.*), whose queues its own units serve (V26). */
    public static final Person SOLICITANTE_MINDEF = new Person("solicitante.mindef", "Norma Benítez Arce",
            "solicitante.mindef@sigti.example", "DGA", List.of("Solicitante"), "MINDEF");
    public static final Person OPERADOR_MESA = new Person("operador.mesa", "Gloria Reyes Peña",
            "operador.mesa@sigti.example", "MESA", List.of("Operador", "Solicitante"), "MINDEF");
    public static final Person TECNICO_INFRA = new Person("tecnico.infra", "Andrés Molina Cabrera",
            "tecnico.infra@sigti.example", "INFRA", List.of("Tecnico", "Solicitante"), "MINDEF");
    public static final Person RESPONSABLE_INFRA = new Person("responsable.infra", "Isabel Romero Ríos",
            "responsable.infra@sigti.example", "INFRA", List.of("Responsable", "Solicitante"), "MINDEF");
    public static final Person JEFE_OGTIE = new Person("jefe.ogtie", "Fernando Castro Ruiz",
            "jefe.ogtie@sigti.example", "OGTIE", List.of("Jefe", "Solicitante"), "MINDEF");
    /** SEPREM's Jefe of the Dirección de Informática (procedures SEPREM-DI-*), told of the cases' reports. */
    public static final Person JEFE_DI = new Person("jefe.di", "Elena Chávez Paredes", "jefe.di@sigti.example", "DI",
            List.of("Jefe", "Solicitante"), "SEPREM");

    private static final String DRIVER = "walk-driver";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * The fixtures of every walk, in the walk-driver WAR of {@link #sharedEar()} (their paths are distinct): named, as
     * some are not visible from this package.
     */
    private static final List<String> FIXTURES = List.of("org.sigti.it.canned.CannedFixture",
            "org.sigti.it.changes.ChangeFixture", "org.sigti.it.committee.CommitteeFixture",
            "org.sigti.it.dashboard.DashboardFixture", "org.sigti.it.intake.IntakeFixtures",
            "org.sigti.it.publication.PublicationFixtures", "org.sigti.it.quality.QualityFixture",
            "org.sigti.it.satisfaction.SatisfactionFixture", "org.sigti.it.security.SecureDefaultsFixtures",
            "org.sigti.it.statistics.StatisticsFixture", "org.sigti.it.procedures.ChangeWalkFixtures",
            "org.sigti.it.procedures.DecommissionFixtures", "org.sigti.it.procedures.DeploymentWalkFixtures",
            "org.sigti.it.procedures.DevelopmentLifecycleFixtures", "org.sigti.it.procedures.LogsFixture",
            "org.sigti.it.procedures.PgdFixtures", "org.sigti.it.procedures.PgdFollowUpFixtures",
            "org.sigti.it.procedures.PhishingFixtures", "org.sigti.it.procedures.PlatformFixtures",
            "org.sigti.it.procedures.SgsiWalkFixtures");

    /**
     * SIGTI's EAR with the walk-driver WAR ({@link CaseDriver}, {@link WalkFixtures} and every walk's fixtures), for
     * server-side set-up: the archive most client test classes deploy, the same for all, so that one deployment serves
     * them one after the other ({@link org.sigti.it.SharedDeployment}).
     */
    public static EnterpriseArchive sharedEar() {
        WebArchive driver = ShrinkWrap.create(WebArchive.class, DRIVER + ".war")
                .addClasses(CaseDriver.class, WalkFixtures.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        for (String fixture : FIXTURES) {
            try {
                driver.addClass(Class.forName(fixture));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(fixture, e);
            }
        }
        return Sigti.earWithFixture(driver);
    }

    /**
     * Set-up: the person is known to SIGTI as after their first login (their profile: name, address, unit, roles),
     * so that a mail to their role in their unit, or to the user name a case recorded, finds them.
     */
    protected static void knownInServer(Person who) {
        drive("/person", who);
    }

    /** Set-up: the person files a case in the server, as "Nueva solicitud" would; answers its id and number. */
    protected static Desk.Filed fileInServer(Person who, String procedure, String type, String title,
            String description) {
        String[] answer = drive("/file", who, "procedure", procedure, "type", type == null ? "" : type, "title", title,
                "description", description).split(" ");
        return new Desk.Filed(answer[1], Long.parseLong(answer[0]));
    }

    /**
     * Set-up: SIGTI opens a case of the procedure as the clock does (a backup schedule's run, on the person's behalf),
     * its next step given to {@code assignee}; answers its id and number.
     */
    protected static Desk.Filed openInServer(Person onBehalfOf, String procedure, String title, String assignee) {
        String[] answer = drive("/open", onBehalfOf, "procedure", procedure, "title", title, "description", title,
                "assignee", assignee).split(" ");
        return new Desk.Filed(answer[1], Long.parseLong(answer[0]));
    }

    /**
     * Set-up: the person takes a way out of the case's open step in the server, as from the case page, with the
     * step's values ({@code name, value} pairs); answers the steps open after it ("4;").
     */
    protected static String actInServer(Desk.Filed c, String step, Person who, String outcome, String... fields) {
        String[] params = new String[6 + fields.length / 2 * 2];
        params[0] = "case";
        params[1] = String.valueOf(c.id());
        params[2] = "step";
        params[3] = step;
        params[4] = "outcome";
        params[5] = outcome;
        for (int i = 0; i + 1 < fields.length; i += 2) {
            params[6 + i] = "f";
            params[7 + i] = fields[i] + "=" + fields[i + 1];
        }
        return drive("/act", who, params);
    }

    /**
     * Set-up and checks done by the Jefe in the server ({@link WalkFixtures}): what SIGTI opens by itself, and rows no
     * screen shows; {@code name, value} pairs; answers the fixture's text.
     */
    protected static String fixture(String path, String... params) {
        return drive(path, JEFE, params);
    }

    private static String drive(String path, Person who, String... params) {
        StringBuilder form = new StringBuilder("user=").append(enc(who.user())).append("&name=").append(enc(who.name()))
                .append("&email=").append(enc(who.email())).append("&unit=").append(enc(who.unit()))
                .append("&roles=").append(enc(String.join(",", who.roles())))
                .append("&institution=").append(enc(who.institution()));
        for (int i = 0; i < params.length; i += 2) {
            form.append('&').append(params[i]).append('=').append(enc(params[i + 1]));
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Sigti.serverUrl() + "/"
                    + DRIVER + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response::body);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
