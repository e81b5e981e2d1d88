package org.sigti.web.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** At start-up, checks in the background that the identity provider answers (see {@link IdentityProviderStatus}). */
@WebListener
public class IdentityProviderCheck implements ServletContextListener {

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private IdentityProviderStatus status;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        executor.submit(status::check);
    }
}
