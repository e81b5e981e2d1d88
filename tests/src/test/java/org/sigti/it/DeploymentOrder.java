package org.sigti.it;

import java.lang.reflect.Method;
import java.util.Comparator;

import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the test classes (junit-platform.properties): the classes with one client deployment
 * ({@code testable = false}) first, then the rest, each group by class name. Most client classes deploy
 * {@link Sigti#sharedEar()}, so that {@link SharedDeployment} deploys it once for the whole group instead of once
 * per class; in-container classes deploy a test WAR of their own anyway.
 */
public final class DeploymentOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(DeploymentOrder::group)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int group(ClassDescriptor descriptor) {
        int deployments = 0;
        boolean client = true;
        for (Class<?> type = descriptor.getTestClass(); type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                Deployment deployment = method.getAnnotation(Deployment.class);
                if (deployment != null) {
                    deployments++;
                    client &= !deployment.testable();
                }
            }
        }
        return deployments == 1 && client ? 0 : 1;
    }
}
