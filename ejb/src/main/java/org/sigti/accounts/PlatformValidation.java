package org.sigti.accounts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The checks of the platform and privilege forms that need no database: field → message key. */
final class PlatformValidation {

    /** Codes travel in the procedures' fields as "AD, ZIMBRA" and "AD:USB": no spaces, commas or colons. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]*");

    private PlatformValidation() {
    }

    static Map<String, String> problems(PlatformDraft d) {
        Map<String, String> p = new LinkedHashMap<>();
        code(p, d.code(), AccountPlatform.CODE_MAXLENGTH);
        text(p, "name", d.name(), AccountPlatform.NAME_MAXLENGTH, true);
        text(p, "accountRule", d.accountRule(), AccountPlatform.RULE_MAXLENGTH, false);
        return p;
    }

    static Map<String, String> problems(PrivilegeDraft d) {
        Map<String, String> p = new LinkedHashMap<>();
        code(p, d.code(), PlatformPrivilege.CODE_MAXLENGTH);
        text(p, "name", d.name(), PlatformPrivilege.NAME_MAXLENGTH, true);
        return p;
    }

    /** A code as stored: stripped, upper case; null when blank. */
    static String code(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void code(Map<String, String> p, String value, int max) {
        String code = code(value);
        if (code == null) {
            p.put("code", "platforms.field.required");
        } else if (code.length() > max) {
            p.put("code", "platforms.field.tooLong");
        } else if (!CODE.matcher(code).matches()) {
            p.put("code", "platforms.code.format");
        }
    }

    private static void text(Map<String, String> p, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.put(field, "platforms.field.required");
            }
        } else if (value.strip().length() > max) {
            p.put(field, "platforms.field.tooLong");
        }
    }
}
