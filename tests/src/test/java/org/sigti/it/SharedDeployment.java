package org.sigti.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.deployment.TargetDescription;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * One deployment for the test classes that deploy the same archive: a class whose only deployment is a client one
 * ({@code testable = false}) with the same content (names and bytes, nested archives included) as the one left
 * deployed by the class before it runs against that deployment instead of undeploying and deploying it again (about
 * 6 s a class: 70 classes deploy {@link Sigti#sharedEar()}). Any other deployment first undeploys the one kept; the
 * one kept is undeployed before the server stops, so that no server start of the build finds it in its configuration.
 * <p>
 * What a class may no longer count on is a deployment of its own: the application's memory (its caches, its
 * singletons) is the previous class's, as it is for people using one server all day. The database was already shared
 * by the whole suite. In-container classes (their test WAR differs) and classes with several deployments still get
 * their own. {@link DeploymentOrder} runs the classes that share one after the other.
 */
public final class SharedDeployment {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Inject
    private Instance<DeploymentScenario> scenario;

    @Inject
    private Instance<ContainerRegistry> registry;

    @Inject
    private Event<UnDeployDeployment> undeployment;

    /** The deployment left deployed after its class: its content's digest, where, and the class's deployment. */
    private Kept kept;

    /** The digest of each client deployment seen, so that it is computed once per class. */
    private final Map<Deployment, String> digests = new IdentityHashMap<>();

    private int reused;

    private record Kept(String digest, Container container, Deployment deployment) {
    }

    private record Candidate(Deployment deployment, Container container, String digest) {
    }

    /** Before a class: reuses the deployment kept when it is the class's; else undeploys it and deploys. */
    public void deploy(@Observes EventContext<DeployManagedDeployments> context) throws Exception {
        Candidate candidate = candidate();
        if (candidate != null && kept != null && kept.digest().equals(candidate.digest())) {
            candidate.deployment().deployed();
            reused++;
            return;
        }
        release();
        context.proceed();
        if (candidate != null && candidate.deployment().isDeployed()) {
            kept = new Kept(candidate.digest(), candidate.container(), candidate.deployment());
        }
    }

    /** After a class: the deployment kept stays; any other is undeployed as usual. */
    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        Candidate candidate = candidate();
        if (candidate != null && kept != null && kept.digest().equals(candidate.digest())) {
            if (candidate.deployment() != kept.deployment()) {
                digests.remove(candidate.deployment());
            }
            return;
        }
        if (candidate != null) {
            digests.remove(candidate.deployment());
        }
        context.proceed();
    }

    /** The server stops: what is kept is undeployed first. */
    public void stopping(@Observes BeforeStop event) {
        release();
        LOG.info("SIGTI tests: " + reused + " test classes ran on the deployment of the class before them");
    }

    /** Undeploys what is kept, as Arquillian does after a class (in the container's and deployment's contexts). */
    private void release() {
        if (kept != null) {
            Kept undeploying = kept;
            kept = null;
            digests.remove(undeploying.deployment());
            undeployment.fire(new UnDeployDeployment(undeploying.container(), undeploying.deployment()));
        }
    }

    /** The class's deployment when it is its only one, a client archive one: one that can be shared; else null. */
    private Candidate candidate() {
        DeploymentScenario current = scenario.get();
        if (current == null) {
            return null;
        }
        List<Deployment> all = current.deployments();
        if (all.size() != 1) {
            return null;
        }
        Deployment deployment = all.get(0);
        DeploymentDescription description = deployment.getDescription();
        if (!description.isArchiveDeployment() || description.testable() || !description.managed()) {
            return null;
        }
        TargetDescription target = description.getTarget();
        Container container = registry.get().getContainer(target);
        if (container == null) {
            return null;
        }
        String digest = digests.computeIfAbsent(deployment, d -> digest(description.getArchive()));
        return new Candidate(deployment, container, digest);
    }

    /** SHA-256 of the archive's name and entries, in path order: each path and its bytes, nested archives opened. */
    static String digest(Archive<?> archive) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, archive);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, Archive<?> archive) {
        sha.update(("archive " + archive.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        Map<String, Node> entries = new TreeMap<>();
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            entries.put(entry.getKey().get(), entry.getValue());
        }
        byte[] buffer = new byte[65536];
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            sha.update(("entry " + entry.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
            Asset asset = entry.getValue().getAsset();
            if (asset instanceof ArchiveAsset nested) {
                update(sha, nested.getArchive());
            } else if (asset != null) {
                try (InputStream in = asset.openStream()) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        sha.update(buffer, 0, n);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(entry.getKey(), e);
                }
            }
        }
    }

    /** Registers {@link SharedDeployment} with Arquillian (META-INF/services of the test resources). */
    public static final class Extension implements LoadableExtension {

        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(SharedDeployment.class);
        }
    }
}
