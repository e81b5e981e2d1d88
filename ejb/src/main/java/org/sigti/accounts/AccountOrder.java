package org.sigti.accounts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.sigti.workflow.WorkflowException;

/**
 * What an account case orders, as its steps recorded it: the person concerned (network user name, name, unit), the
 * platforms, the privileges per platform ({@code AD:USB, ZIMBRA:CORREO_MASIVO}) and, for an alta, the equipment to
 * hand over. {@link #parse} checks the form of the values; whether the platforms and privileges exist is the
 * ledger's check against the catalog.
 */
public record AccountOrder(String username, String personName, String unitCode, List<String> platforms,
        Map<String, Set<String>> privileges, Long equipmentId) implements Serializable {

    /**
     * The names of the fields an account procedure records the order in (its declaration's names: the module names
     * none); a problem is reported under the field's name.
     */
    public record Fields(String username, String name, String unit, String platforms, String privileges,
            String equipment) implements Serializable {
    }

    private static final Pattern USER = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,40}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9_-]{1,20}");

    public AccountOrder {
        platforms = List.copyOf(platforms);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        privileges.forEach((p, codes) -> copy.put(p, Set.copyOf(codes)));
        privileges = Map.copyOf(copy);
    }

    /** The privileges ordered on one platform (empty when none). */
    public Set<String> privilegesOn(String platform) {
        return privileges.getOrDefault(platform, Set.of());
    }

    /**
     * Reads an order from a case's values. Bad values give a {@link WorkflowException} with a message key per
     * field; {@code needsPlatforms} is false for a baja, which closes whatever the person holds.
     */
    public static AccountOrder parse(Fields fields, Map<String, String> values, boolean needsPlatforms) {
        Map<String, String> problems = new LinkedHashMap<>();
        String username = trimmed(values.get(fields.username()));
        if (username == null) {
            problems.put(fields.username(), "workflow.field.required");
        } else {
            username = username.toLowerCase(Locale.ROOT);
            if (!USER.matcher(username).matches()) {
                problems.put(fields.username(), "accounts.field.username");
            }
        }
        String name = trimmed(values.get(fields.name()));
        if (name == null) {
            problems.put(fields.name(), "workflow.field.required");
        } else if (name.length() > 200) {
            problems.put(fields.name(), "workflow.field.tooLong");
        }
        String unit = trimmed(values.get(fields.unit()));
        if (unit != null) {
            unit = unit.toUpperCase(Locale.ROOT);
            if (!UNIT_CODE.matcher(unit).matches()) {
                problems.put(fields.unit(), "accounts.field.unit");
            }
        }
        List<String> platforms = new ArrayList<>();
        String platformText = trimmed(values.get(fields.platforms()));
        if (platformText != null) {
            for (String p : platformText.split("[,;\\s]+")) {
                String code = p.strip().toUpperCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!CODE.matcher(code).matches()) {
                    problems.put(fields.platforms(), "accounts.field.platforms");
                } else if (!platforms.contains(code)) {
                    platforms.add(code);
                }
            }
        }
        if (needsPlatforms && platforms.isEmpty() && !problems.containsKey(fields.platforms())) {
            problems.put(fields.platforms(), "workflow.field.required");
        }
        Map<String, Set<String>> privileges = new LinkedHashMap<>();
        String privilegeText = trimmed(values.get(fields.privileges()));
        if (privilegeText != null) {
            for (String item : privilegeText.split("[,;\\s]+")) {
                if (item.isBlank()) {
                    continue;
                }
                String[] parts = item.strip().toUpperCase(Locale.ROOT).split(":", -1);
                if (parts.length != 2 || !CODE.matcher(parts[0]).matches() || !CODE.matcher(parts[1]).matches()) {
                    problems.put(fields.privileges(), "accounts.field.privileges");
                } else if (!platforms.contains(parts[0])) {
                    problems.put(fields.privileges(), "accounts.field.privilegePlatform");
                } else {
                    privileges.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1]);
                }
            }
        }
        Long equipment = null;
        String equipmentText = trimmed(values.get(fields.equipment()));
        if (equipmentText != null) {
            try {
                equipment = Long.valueOf(equipmentText);
                if (equipment <= 0) {
                    problems.put(fields.equipment(), "accounts.field.equipment");
                }
            } catch (NumberFormatException e) {
                problems.put(fields.equipment(), "accounts.field.equipment");
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
        return new AccountOrder(username, name, unit, platforms, privileges, equipment);
    }

    /** Every platform:privilege pair, for messages and the trail. */
    public Set<String> privilegePairs() {
        Set<String> pairs = new LinkedHashSet<>();
        privileges.forEach((p, codes) -> codes.forEach(c -> pairs.add(p + ":" + c)));
        return pairs;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
