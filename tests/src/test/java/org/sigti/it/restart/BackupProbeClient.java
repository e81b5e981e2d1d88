package org.sigti.it.restart;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.it.backup.BackupFixture;

/** The client side of {@link BackupRestartProbe}: the EAR with the probe, and its calls over HTTP. */
final class BackupProbeClient {

    static final String WAR = "backup-restart-probe";

    private BackupProbeClient() {
    }

    static EnterpriseArchive ear() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, WAR + ".war")
                .addClasses(BackupRestartProbe.class, BackupFixture.class, Sigti.class, Sql.class));
    }

    static Properties call(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                Sigti.serverUrl() + "/" + WAR + "/backup?" + query)).timeout(Duration.ofSeconds(90)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("probe " + query + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        Properties answer = new Properties();
        answer.load(new StringReader(response.body()));
        return answer;
    }
}
