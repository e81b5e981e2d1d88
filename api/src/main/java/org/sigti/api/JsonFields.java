package org.sigti.api;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * A request body of text fields, read strictly: a body that is not a JSON object is "malformed"
 * ({@link ApiInputException#malformed}); a field the request does not take is "unknown", one that is not a string
 * "string", one holding a control character (NUL and the like) "control", each in {@link #problems}; the other
 * fields' texts are in {@link #values} (null and absent fields are left out).
 */
public record JsonFields(Map<String, String> values, Map<String, String> problems) {

    public static JsonFields read(String body, List<String> fields) {
        JsonObject json = object(body);
        Map<String, String> problems = new LinkedHashMap<>();
        json.keySet().stream().filter(name -> !fields.contains(name)).forEach(name -> problems.put(name, "unknown"));
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : fields) {
            JsonValue value = json.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                problems.put(name, "string");
            } else if (hasControlCharacters(json.getString(name))) {
                // as the screens refuse them (ControlCharacters): NUL would reach the database, which refuses it
                problems.put(name, "control");
            } else {
                values.put(name, json.getString(name));
            }
        }
        return new JsonFields(values, problems);
    }

    /** A character below a space other than tab, CR and LF, or DEL: nothing a person types. */
    public static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f);
    }

    /** The body as a JSON object; anything else (empty, not JSON, an array) is "malformed". */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiInputException.malformed();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiInputException.malformed();
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw ApiInputException.malformed();
        }
    }
}
