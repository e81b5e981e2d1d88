package org.sigti.api.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.sigti.api.ApiInputException;
import org.sigti.api.JsonFields;
import org.sigti.workflow.NewCase;

/**
 * The body of {@code POST /cases}, as the "Nueva solicitud" form takes it: the procedure's code, a title, and
 * optionally a description, the request type of the Formulario de soporte técnico, the channel, the contact's e-mail
 * and phone, and (IT staff) the name of the person the case is filed for. Read strictly: a body that is not a JSON
 * object is "malformed"; a missing procedure or title, a field that is not a string or holds a control character
 * (NUL and the like), an unknown field or request type is "invalid", each field with what is wrong. The kernel checks the rest (title length, channel, e-mail) when it
 * files.
 */
public record CaseDraft(String procedure, NewCase draft) {

    static final List<String> FIELDS = List.of("procedure", "title", "description", "requestType", "channel",
            "contactEmail", "contactPhone", "onBehalfName");

    public static CaseDraft parse(String body) {
        JsonFields read = JsonFields.read(body, FIELDS);
        Map<String, String> problems = new LinkedHashMap<>(read.problems());
        Map<String, String> values = read.values();
        for (String required : List.of("procedure", "title")) {
            if (!problems.containsKey(required) && blank(values.get(required))) {
                problems.put(required, "required");
            }
        }
        String requestType = values.get("requestType");
        if (!blank(requestType) && !NewCase.REQUEST_TYPES.contains(requestType)) {
            problems.put("requestType", "choice");
        }
        if (!problems.isEmpty()) {
            throw ApiInputException.invalid(problems);
        }
        return new CaseDraft(values.get("procedure").strip(), new NewCase(values.get("title"),
                values.get("description"), blank(requestType) ? null : requestType, values.get("channel"),
                values.get("contactEmail"), values.get("contactPhone"), values.get("onBehalfName")));
    }

    /**
     * What the request asks, as a SHA-256 digest of its fields in a fixed order: the same request sent again has the
     * same fingerprint, whatever the order or spacing of its JSON.
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder(procedure);
        for (String value : new String[] {draft.title(), draft.description(), draft.requestType(), draft.channel(),
                draft.contactEmail(), draft.contactPhone(), draft.onBehalfName()}) {
            canonical.append('\u0000').append(value == null ? "\u0001" : value);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A character below a space other than tab, CR and LF, or DEL: nothing a person types. */
    static boolean hasControlCharacters(String s) {
        return JsonFields.hasControlCharacters(s);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
