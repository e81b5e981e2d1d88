package org.sigti.web.error;

import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.web.faces.Messages;
import org.sigti.web.i18n.ApplicationBundle;

/**
 * What the error view of an ajax request shows ({@code /WEB-INF/errorpages/error.xhtml}, {@link ErrorHandling}): the
 * same title, text and reference as the container's error page ({@link ErrorPageServlet}), in the view's language.
 */
@Named("errorPage")
@RequestScoped
public class ErrorPageView {

    /** The look of both error pages: one small card, no script. */
    static final String STYLE = "body{font-family:system-ui,sans-serif;background:#f4f6f8;color:#1f2d3d;margin:0}"
            + "main{max-width:40rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:8px;"
            + "box-shadow:0 1px 4px rgba(0,0,0,.1)}h1{font-size:1.4rem}a{color:#0b5cad}"
            + ".ref{color:#5a6b7b;font-size:.9rem}";

    private Failure failure;
    private ResourceBundle text;

    private Failure failure() {
        if (failure == null) {
            Object shown = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get(ErrorHandling.FAILURE);
            failure = shown instanceof Failure known ? known : Failure.of(null, 500);
        }
        return failure;
    }

    private ResourceBundle text() {
        if (text == null) {
            text = ApplicationBundle.forLocale("org.sigti.web.i18n.errors", locale());
        }
        return text;
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? Locale.forLanguageTag("es") : faces.getViewRoot().getLocale();
    }

    public String getLanguage() {
        return locale().getLanguage();
    }

    public String getStyle() {
        return STYLE;
    }

    public String getTitle() {
        return text().getString("error." + failure().kind() + ".title");
    }

    /** The kind's text, or the refusal said in words. */
    public String getText() {
        return failure().refusal() == null ? text().getString("error." + failure().kind() + ".text")
                : Messages.format(Messages.bundle(locale()), failure().refusal().messageKey(),
                        failure().refusal().messageArguments());
    }

    /** The reference of an unexpected failure, as the server log has it; null otherwise. */
    public String getReference() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(ErrorHandling.REFERENCE);
    }

    public String getReferenceLabel() {
        return text().getString("error.reference");
    }

    public String getHome() {
        return text().getString("error.home");
    }

    /**
     * Where "back to the page" leads: a page of SIGTI given as a path under the context ({@code /sigti/case.xhtml?id=4}),
     * or null for anything else (another site, a scheme, a protocol-relative or control-character address).
     */
    static String back(String contextPath, String page) {
        if (page == null || page.length() > 2000 || !page.startsWith(contextPath + "/") || page.contains("//")
                || page.contains("\\") || page.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        return page;
    }
}
