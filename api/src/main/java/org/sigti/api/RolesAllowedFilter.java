package org.sigti.api;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.sigti.security.SecurityEvents;

/**
 * Enforces the {@code @RolesAllowed} of each resource method (or of its class) before the method runs: a caller
 * with none of its roles gets a 403 problem, and the denial is recorded as a security event as the screens' are.
 * (RESTEasy's own role check answers a plain-text 403 that no mapper sees and records nothing.) The services the
 * methods call check their own {@code @RolesAllowed} again; a method without the annotation must say
 * {@code @PermitAll} (a unit test holds every resource method to one of the two).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class RolesAllowedFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    HttpServletRequest request;

    @EJB
    SecurityEvents securityEvents;

    @Override
    public void filter(ContainerRequestContext context) {
        String[] roles = roles(resource.getResourceMethod(), resource.getResourceClass());
        if (roles == null || Arrays.stream(roles).anyMatch(context.getSecurityContext()::isUserInRole)) {
            return;
        }
        String instance = request.getRequestURI();
        securityEvents.accessDenied(request.getMethod() + " " + instance, null, null, request.getRemoteAddr(),
                "needs one of the roles " + String.join(", ", roles));
        context.abortWith(Problems.response(Problems.of(Problems.locale(request.getHeader("Accept-Language")), 403,
                "forbidden", instance)));
    }

    /** The roles a resource method allows (its own annotation, else its class's), or null when it names none. */
    static String[] roles(Method method, Class<?> type) {
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(
                RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
        return allowed == null ? null : allowed.value();
    }
}
