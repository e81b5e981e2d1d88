package org.sigti.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

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

    /** The server URL without SIGTI's context root. */
    public static String serverUrl() {
        return BASE_URL.substring(0, BASE_URL.length() - "/sigti".length());
    }
}
