package org.sigti.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final ResourceBundle TEXTS = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"InstitutionProblem.NO_COUNTER", "Incluya el correlativo '{N}'."},
                {"plain.key", "You can't."}, {"with.args", "Paso {1} del caso {0}"}};
        }

        @Override
        public Locale getLocale() {
            return Locale.forLanguageTag("es");
        }
    };

    @Test
    void a_problems_text_is_always_a_pattern_and_a_plain_text_keeps_its_apostrophe() {
        assertEquals("Incluya el correlativo {N}.", Messages.format(TEXTS, "InstitutionProblem.NO_COUNTER"));
        assertEquals("You can't.", Messages.format(TEXTS, "plain.key"));
        assertEquals("Paso 3 del caso SOL-1", Messages.format(TEXTS, "with.args", "SOL-1", "3"));
        assertEquals("unknown.key", Messages.format(TEXTS, "unknown.key"));
    }
}
