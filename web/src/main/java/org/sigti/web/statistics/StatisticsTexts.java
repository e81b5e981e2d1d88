package org.sigti.web.statistics;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

import org.sigti.statistics.Rejection;
import org.sigti.web.i18n.ApplicationBundle;

/** The texts of the statistics screens and files in a language: reasons of rejections, labels of rows. */
final class StatisticsTexts {

    static final String BUNDLE = "org.sigti.web.i18n.messages";

    private StatisticsTexts() {
    }

    /** The bundle of the current view's language. */
    static ResourceBundle view() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return bundle(faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale());
    }

    /** The bundle of a language: English when asked for, Spanish otherwise (the users' language). */
    static ResourceBundle bundle(Locale asked) {
        Locale locale = asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("es");
        return ApplicationBundle.forLocale(BUNDLE, locale);
    }

    /** Why a row was refused, as a sentence. */
    static String reason(ResourceBundle bundle, Rejection r) {
        String pattern = bundle.containsKey(r.reasonKey()) ? bundle.getString(r.reasonKey())
                : bundle.getString("statistics.reject.other");
        return new MessageFormat(pattern, bundle.getLocale()).format(r.arguments().toArray());
    }

    /** The row of a rejection as people read it: its number, or "file" for the file as a whole. */
    static String row(ResourceBundle bundle, Rejection r) {
        return r.row() == 0 ? bundle.getString("statistics.report.file") : String.valueOf(r.row());
    }
}
