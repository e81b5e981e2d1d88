package org.sigti.web.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/**
 * The application bundle ({@code messages*.properties} beside this class) for the locale of the current view.
 *
 * <p>Registered in faces-config.xml instead of the properties themselves because {@link ResourceBundle} falls back
 * to the JVM's default locale before the base file: on a server whose default locale is English, Spanish users
 * would read English. This bundle asks without that fallback, so the base file (Spanish) is what "es" gets.
 */
public class ApplicationBundle extends ResourceBundle {

    static final String BASE_NAME = "org.sigti.web.i18n.messages";

    private static final Control NO_FALLBACK = Control.getNoFallbackControl(Control.FORMAT_PROPERTIES);

    /** The bundle of a locale: its own file if there is one, else the Spanish base file. */
    public static ResourceBundle forLocale(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, ApplicationBundle.class.getClassLoader(), NO_FALLBACK);
    }

    private ResourceBundle current() {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null
                ? context.getViewRoot().getLocale() : Locale.forLanguageTag("es");
        return forLocale(BASE_NAME, locale);
    }

    @Override
    protected Object handleGetObject(String key) {
        ResourceBundle bundle = current();
        return bundle.containsKey(key) ? bundle.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(current().keySet());
    }
}
