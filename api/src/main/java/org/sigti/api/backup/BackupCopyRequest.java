package org.sigti.api.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.sigti.api.ApiInputException;
import org.sigti.api.JsonFields;
import org.sigti.backup.ScriptCopies.ScriptCopy;

/**
 * The body of {@code POST /backup-copies}: the run the copy belongs to ({@code runId}, or {@code scheduleId} for the
 * schedule's latest run), the copy's {@code file}, {@code sizeBytes}, {@code sha256}, and optionally its
 * {@code location} and {@code takenAt} (ISO-8601 instant). Read strictly, as {@code POST /cases} reads its body: not a
 * JSON object is "malformed"; an unknown field, a value of the wrong JSON type or with a control character is
 * "invalid", each field with what is wrong. The backup module checks the values (size, SHA-256, the run).
 */
record BackupCopyRequest(ScriptCopy copy) {

    static final List<String> FIELDS = List.of("runId", "scheduleId", "file", "sizeBytes", "sha256", "location",
            "takenAt");

    static BackupCopyRequest parse(String body) {
        JsonObject json = JsonFields.object(body);
        Map<String, String> problems = new LinkedHashMap<>();
        json.keySet().stream().filter(name -> !FIELDS.contains(name)).forEach(name -> problems.put(name, "unknown"));
        Long runId = id(json, "runId", problems);
        Long scheduleId = id(json, "scheduleId", problems);
        String file = text(json, "file", problems);
        String sha256 = text(json, "sha256", problems);
        String location = text(json, "location", problems);
        String taken = text(json, "takenAt", problems);
        Long size = integer(json, "sizeBytes", problems);
        if (size == null && !problems.containsKey("sizeBytes")) {
            problems.put("sizeBytes", "required");
        }
        if (file == null && !problems.containsKey("file")) {
            problems.put("file", "required");
        }
        if (sha256 == null && !problems.containsKey("sha256")) {
            problems.put("sha256", "required");
        }
        if (runId == null && scheduleId == null && !problems.containsKey("runId")
                && !problems.containsKey("scheduleId")) {
            problems.put("runId", "required");
        }
        Instant takenAt = null;
        if (taken != null) {
            try {
                takenAt = Instant.parse(taken.strip());
            } catch (DateTimeParseException e) {
                problems.put("takenAt", "instant");
            }
        }
        if (!problems.isEmpty()) {
            throw ApiInputException.invalid(problems);
        }
        return new BackupCopyRequest(new ScriptCopy(runId, scheduleId, file, size, sha256, location, takenAt));
    }

    /** What the request asks, as a SHA-256 of its values in a fixed order (whatever the JSON's order or spacing). */
    String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        for (Object value : new Object[] {copy.runId(), copy.scheduleId(), copy.file(), copy.sizeBytes(),
                copy.sha256(), copy.location(), copy.takenAt()}) {
            canonical.append('\u0000').append(value == null ? "\u0001" : value);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Long id(JsonObject json, String name, Map<String, String> problems) {
        Long value = integer(json, name, problems);
        if (value != null && value <= 0) {
            problems.put(name, "range");
            return null;
        }
        return value;
    }

    private static Long integer(JsonObject json, String name, Map<String, String> problems) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            problems.put(name, "integer");
            return null;
        }
        try {
            return ((JsonNumber) value).longValueExact();
        } catch (ArithmeticException e) {
            problems.put(name, "range");
            return null;
        }
    }

    private static String text(JsonObject json, String name, Map<String, String> problems) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            problems.put(name, "string");
            return null;
        }
        String s = json.getString(name);
        if (JsonFields.hasControlCharacters(s)) {
            problems.put(name, "control");
            return null;
        }
        return s.isBlank() ? null : s;
    }
}
