package org.sigti.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Where the SIGTI under test lives: the real EAR of the build, the test WildFly and the test Keycloak. */
public final class Sigti {

    /** SIGTI's URL on the test WildFly, without the trailing slash. */
    public static final String BASE_URL = System.getProperty("sigti.base-url", "http://localhost:18080/sigti");
    /** The test Keycloak. */
    public static final String KEYCLOAK_URL = System.getProperty("sigti.keycloak-url", "http://localhost:18180");

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Sigti() {
    }

    /** A plain GET as an anonymous client that does not follow redirects. */
    public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The EAR the build produced, deployed as it is. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("sigti.ear")));
    }

    /**
     * The EAR of the build with two more modules, for in-container tests that call SIGTI's services with a role: the
     * given test WAR (context root: its name), which Arquillian runs the tests in, and {@value AsRole#MODULE}.jar with
     * the {@code @RunAs} beans ({@link AsRole}). A separate probe deployment cannot do this: its beans live in another
     * security domain, and identities do not cross into the virtual domain of SIGTI's OIDC. The beans are in a module
     * of their own because a WAR holding beans cannot start next to SIGTI's (ELY01148). Add to the WAR the test
     * class and what it needs, never SIGTI's classes.
     */
    public static EnterpriseArchive earWithProbe(WebArchive probe) {
        return withRoles(Testable.archiveToTest(probe));
    }

    /**
     * The EAR of the build with a test-only WAR that the tests call over HTTP (context root: its name), whose code runs
     * SIGTI's services with a role through the {@value AsRole#MODULE}.jar beans, as in {@link #earWithProbe}.
     */
    public static EnterpriseArchive earWithFixture(WebArchive fixture) {
        return withRoles(fixture);
    }

    private static EnterpriseArchive withRoles(WebArchive probe) {
        JavaArchive roles = ShrinkWrap.create(JavaArchive.class, AsRole.MODULE + ".jar")
                .addClasses(AsRole.class, AsTecnico.class, AsAuditor.class, AsJefe.class, AsResponsable.class,
                        AsOperador.class, AsSolicitante.class, AsRrhh.class, AsInstitutionJefe.class, AsJefeDp.class,
                        AsJefeSeprem.class, AsJefeMindef.class, Sql.class)
                .addAsManifestResource(Sigti.class.getResource("/probe-roles/jboss-ejb3.xml"), "jboss-ejb3.xml");
        EnterpriseArchive ear = ear();
        ear.addAsModule(probe);
        ear.addAsModule(roles);
        String xml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String contextRoot = "/" + probe.getName().replaceFirst("\\.war$", "");
        String modules = "\n  <module>\n    <web>\n      <web-uri>" + probe.getName() + "</web-uri>\n      <context-root>"
                + contextRoot + "</context-root>\n    </web>\n  </module>\n  <module>\n    <ejb>" + roles.getName()
                + "</ejb>\n  </module>";
        int afterModules = xml.lastIndexOf("</module>") + "</module>".length();
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(xml.substring(0, afterModules) + modules + xml.substring(afterModules)));
        return ear;
    }

    /** The server URL without SIGTI's context root. */
    public static String serverUrl() {
        return BASE_URL.substring(0, BASE_URL.length() - "/sigti".length());
    }
}
