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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

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
    /** SIGTI's URL over HTTPS on the test WildFly, without the trailing slash. */
    public static final String HTTPS_BASE_URL = System.getProperty("sigti.https-base-url",
            "https://localhost:18443/sigti");
    /** The test Keycloak. */
    public static final String KEYCLOAK_URL = System.getProperty("sigti.keycloak-url", "http://localhost:18180");

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Sigti() {
    }

    /**
     * A plain GET as an anonymous client that does not follow redirects, with the given request headers (name, value,
     * ...); over HTTPS it trusts the test server's certificate alone ({@link #trustingTheTestServer()}).
     */
    public static HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(url).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpClient client = url.startsWith("https:") ? Tls.CLIENT : HTTP;
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A request as browsers and proxies send it: plain HTTP as HTTP/1.1, never upgraded to HTTP/2 (h2c) as Java's
     * client would. Over h2c, Undertow ignores the X-Forwarded-* headers, so a test of them would pass for the wrong
     * reason.
     */
    public static HttpRequest.Builder request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return url.startsWith("http:") ? request.version(HttpClient.Version.HTTP_1_1) : request;
    }

    /**
     * TLS that trusts the certificate of the test WildFly's HTTPS listener, which test-env.sh makes each run
     * (demo-tls.sh), and nothing else: a test that passes has spoken to that server, not to whatever answered.
     */
    public static SSLContext trustingTheTestServer() {
        return Tls.CONTEXT;
    }

    /** The EAR the build produced, deployed as it is. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("sigti.ear")));
    }

    /**
     * The EAR most client test classes deploy: the build's, with the walk-driver WAR of every walk's fixtures and
     * {@value AsRole#MODULE}.jar ({@link org.sigti.it.procedures.Walk#sharedEar()}). It is the same archive for all of
     * them, so that {@link SharedDeployment} deploys it once for the classes that run one after the other.
     */
    public static EnterpriseArchive sharedEar() {
        return org.sigti.it.procedures.Walk.sharedEar();
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

    /**
     * The EAR of the build with the test WAR {@code probe} (a CDI archive, context root: its name), which Arquillian
     * runs the tests in, and the EJB module {@code flows} of test-only procedures, which the kernel discovers beside
     * SIGTI's (a kernel test declaring a shape no manual has).
     */
    public static EnterpriseArchive earWithTestFlows(WebArchive probe, JavaArchive flows) {
        EnterpriseArchive ear = ear();
        probe.addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        ear.addAsModule(Testable.archiveToTest(probe));
        ear.addAsModule(flows);
        String application;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            application = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(application.replace("<library-directory>", "<module><web><web-uri>"
                + probe.getName() + "</web-uri><context-root>/" + probe.getName().replaceFirst("\\.war$", "")
                + "</context-root></web></module>\n  <module><ejb>" + flows.getName() + "</ejb></module>\n"
                + "  <library-directory>")));
        return ear;
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

    /** Made at the first HTTPS request: in-container tests never need the certificate's file. */
    private static final class Tls {

        static final SSLContext CONTEXT = context(Path.of(System.getProperty("sigti.test.tls-certificate",
                "target/pki/localhost.pem")));
        static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(CONTEXT).build();

        private static SSLContext context(Path certificate) {
            try (InputStream in = Files.newInputStream(certificate)) {
                KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
                trusted.load(null, null);
                trusted.setCertificateEntry("sigti-test", CertificateFactory.getInstance("X.509")
                        .generateCertificate(in));
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trusted);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, trust.getTrustManagers(), null);
                return context;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("the test server's certificate " + certificate
                        + " (test-env.sh makes it)", e);
            }
        }
    }

    /** The server URL without SIGTI's context root. */
    public static String serverUrl() {
        return BASE_URL.substring(0, BASE_URL.length() - "/sigti".length());
    }
}
