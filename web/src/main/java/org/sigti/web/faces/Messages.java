package org.sigti.web.faces;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;

import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.workflow.BusinessException;
import org.sigti.workflow.WorkflowException;

/**
 * The one way screens post a message: OmniFaces' {@link org.omnifaces.util.Messages} with keys of the application
 * bundle, resolved in the view's language by {@link Resolver} (registered at start-up). Arguments that are enum values
 * are shown by their own keys ({@code <EnumClass>.<VALUE>}), dates as dd/MM/yyyy, everything else as it prints. A
 * refusal ({@link BusinessException}) needs no catch in a backing bean: the exception handler
 * ({@code org.sigti.web.error.ErrorHandling}) shows it with {@link #refused}.
 */
public final class Messages {

    /** The application bundle's base name (Spanish file first). */
    public static final String BUNDLE = "org.sigti.web.i18n.messages";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The key of an enum value's text, by the bundle's key rules. */
    private static final Pattern ENUM_KEY = Pattern.compile("[A-Z][A-Za-z0-9]*\\.[A-Z][A-Z0-9_]*");

    private Messages() {
    }

    /** An error message for the whole page. */
    public static void error(String key, Object... arguments) {
        org.omnifaces.util.Messages.addGlobalError(key, arguments);
    }

    /** A warning: what was asked was done, and found something wrong. */
    public static void warn(String key, Object... arguments) {
        org.omnifaces.util.Messages.addGlobalWarn(key, arguments);
    }

    /** An information message for the page being rendered. */
    public static void info(String key, Object... arguments) {
        org.omnifaces.util.Messages.addGlobalInfo(key, arguments);
    }

    /** An information message kept across the redirect that follows the action. */
    public static void flashInfo(String key, Object... arguments) {
        org.omnifaces.util.Messages.addFlashGlobalInfo(key, arguments);
    }

    /**
     * A refusal said to the person: its message, or, for bad input ({@link WorkflowException#fieldProblems()}), one
     * message per field, labelled by {@code fieldLabel} (the problem's text alone when it answers null: never a field's
     * internal name).
     */
    public static void refused(BusinessException refusal, Function<String, String> fieldLabel) {
        if (!(refusal instanceof WorkflowException input) || input.fieldProblems().isEmpty()) {
            error(refusal.messageKey(), refusal.messageArguments());
        } else {
            for (Map.Entry<String, String> problem : input.fieldProblems().entrySet()) {
                String label = fieldLabel.apply(problem.getKey());
                String said = text(problem.getValue());
                org.omnifaces.util.Messages.addGlobalError(label == null ? "{0}" : "{0}: {1}",
                        label == null ? said : label, said);
            }
        }
    }

    /** A key's text in the view's language, with its arguments. */
    public static String text(String key, Object... arguments) {
        return format(bundle(locale()), key, arguments);
    }

    /** The application bundle of a language. */
    public static ResourceBundle bundle(Locale locale) {
        return ApplicationBundle.forLocale(BUNDLE, locale);
    }

    /**
     * A key's text from the bundle (the key itself when the bundle has none), its arguments shown as people read
     * them. Without arguments the text is taken as written (no MessageFormat quoting: "can't" keeps its apostrophe),
     * except a problem's text ({@code <EnumClass>.<VALUE>}), which is always a pattern ({@code '{N}'} shows {N}).
     */
    public static String format(ResourceBundle bundle, String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        if ((arguments == null || arguments.length == 0) && !ENUM_KEY.matcher(key).matches()) {
            return pattern;
        }
        arguments = arguments == null ? new Object[0] : arguments;
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = display(bundle, arguments[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    private static Object display(ResourceBundle bundle, Object value) {
        if (value instanceof Enum<?> constant) {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Number || value == null) {
            return value;
        }
        return value.toString();
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.forLanguageTag("es")
                : faces.getViewRoot().getLocale();
    }

    /** Resolves the keys OmniFaces' Messages is given, in the view's language; registered once, at start-up. */
    @ApplicationScoped
    public static class Resolver implements org.omnifaces.util.Messages.Resolver {

        void register(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
            org.omnifaces.util.Messages.setResolver(new Resolver());
        }

        @Override
        public String getMessage(String message, Object... params) {
            return format(bundle(locale()), message, params);
        }
    }
}
