package org.sigti.web.i18n;

import java.util.Locale;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Chooses the view's language: the browser's preference among SIGTI's languages when it states one, Spanish
 * otherwise. Without this, a client that sends no Accept-Language would get the server JVM's locale.
 */
public class SpanishFirstViewHandler extends ViewHandlerWrapper {

    public SpanishFirstViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        boolean stated = context.getExternalContext().getRequestHeaderMap().containsKey("Accept-Language");
        return stated ? getWrapped().calculateLocale(context) : context.getApplication().getDefaultLocale();
    }
}
