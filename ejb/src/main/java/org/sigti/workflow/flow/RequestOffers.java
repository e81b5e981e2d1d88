package org.sigti.workflow.flow;

import java.util.Comparator;
import java.util.List;

/**
 * What "Nueva solicitud" lists, and in which words. The IT office reads each procedure as the manual writes it (code
 * and name, by code). Anyone else reads the services of their institution in their own words ({@link
 * ProcedureDefinition#offer}), most asked for first, and then, by name, the procedures that declare no such words.
 */
public final class RequestOffers {

    /** One choice of the list: the procedure it files, and its label. */
    public record Choice(String procedure, Text label) {
    }

    private RequestOffers() {
    }

    /** The choices for the procedures the caller may file, {@code itStaff} telling how they read them. */
    public static List<Choice> of(List<ProcedureDefinition> startable, boolean itStaff) {
        if (itStaff) {
            return startable.stream().sorted(Comparator.comparing(ProcedureDefinition::code))
                    .map(d -> new Choice(d.code(), Text.of(d.code() + " — " + d.name().es(),
                            d.code() + " — " + d.name().en()))).toList();
        }
        return startable.stream()
                .sorted(Comparator.comparingInt((ProcedureDefinition d) -> d.offer().map(o -> o.rank())
                        .orElse(Integer.MAX_VALUE)).thenComparing(d -> label(d).es()))
                .map(d -> new Choice(d.code(), label(d))).toList();
    }

    private static Text label(ProcedureDefinition d) {
        return d.offer().map(ProcedureDefinition.Offer::label).orElse(d.name());
    }
}
