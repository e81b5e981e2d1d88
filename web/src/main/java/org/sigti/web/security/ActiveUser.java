package org.sigti.web.security;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.sigti.people.LoginRegistration;
import org.sigti.people.ProfileView;

/**
 * The person using this session. Created on the first page after the OIDC login, it records the login (which
 * creates or refreshes the person's profile from the token) and keeps the profile for the screens.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HttpServletRequest request;

    @EJB
    private LoginRegistration loginRegistration;

    private ProfileView profile;

    @PostConstruct
    void recordLogin() {
        profile = loginRegistration.recordLogin(OidcTokens.claims(request.getUserPrincipal()));
    }

    public ProfileView getProfile() {
        return profile;
    }
}
