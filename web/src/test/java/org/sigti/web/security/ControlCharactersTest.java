package org.sigti.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What ControlCharacters refuses: control characters no person types; never what people write. */
class ControlCharactersTest {

    @Test
    void nul_escape_bell_and_delete_are_control_characters() {
        assertTrue(ControlCharacters.controls("a\0b"));
        assertTrue(ControlCharacters.controls("a\u0001\u0007\u001Bb"));
        assertTrue(ControlCharacters.controls("\u007F"));
    }

    @Test
    void line_breaks_tabs_accents_emoji_and_markup_are_text() {
        assertFalse(ControlCharacters.controls("Línea 1\r\nLínea 2\tcon tabulación"));
        assertFalse(ControlCharacters.controls("Ñandú 💾 abc\u202Etxt <script>"));
        assertFalse(ControlCharacters.controls(""));
    }
}
