package org.sigti.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class KbDraftTest {

    private static List<String> problems(KbDraft draft) {
        return draft.violations().stream().map(v -> v.field() + ":" + v.messageKey() + v.arguments()).toList();
    }

    @Test
    void a_complete_draft_has_no_violations() {
        assertEquals(List.of(), problems(new KbDraft("Conexión VPN", "No conecta.", "Reinstale.", KbScope.PUBLIC,
                null)));
    }

    @Test
    void the_draft_is_tidied() {
        KbDraft draft = new KbDraft("  Conexión \t VPN\n remota ", "  Línea 1\r\nLínea 2\rLínea 3 ", "\n",
                KbScope.INTERNAL, "  ");
        assertEquals("Conexión VPN remota", draft.title());
        assertEquals("Línea 1\nLínea 2\nLínea 3", draft.problem());
        assertNull(draft.solution());
        assertNull(draft.ownerUnitCode());
    }

    @Test
    void everything_missing_is_reported_in_the_order_of_the_form() {
        assertEquals(List.of("title:kb.error.title.required[]", "problem:kb.error.problem.required[]",
                "solution:kb.error.solution.required[]", "scope:kb.error.scope.required[]"),
                problems(new KbDraft(" ", null, "  ", null, null)));
    }

    @Test
    void the_title_has_five_to_two_hundred_characters() {
        assertEquals(List.of("title:kb.error.title.length[5, 200]"),
                problems(new KbDraft("VPN", "p", "s", KbScope.PUBLIC, null)));
        assertEquals(List.of(), problems(new KbDraft("VPN 1", "p", "s", KbScope.PUBLIC, null)));
        assertEquals(List.of(), problems(new KbDraft("x".repeat(200), "p", "s", KbScope.PUBLIC, null)));
        assertEquals(List.of("title:kb.error.title.length[5, 200]"),
                problems(new KbDraft("x".repeat(201), "p", "s", KbScope.PUBLIC, null)));
    }

    @Test
    void problem_and_solution_have_a_maximum_length() {
        assertEquals(List.of(), problems(new KbDraft("Título", "p".repeat(4000), "s".repeat(8000), KbScope.PUBLIC,
                null)));
        assertEquals(List.of("problem:kb.error.problem.length[4000, 4001]",
                "solution:kb.error.solution.length[8000, 8001]"),
                problems(new KbDraft("Título", "p".repeat(4001), "s".repeat(8001), KbScope.PUBLIC, null)));
    }

    @Test
    void windows_line_breaks_count_as_one_character() {
        String text = "a\r\n".repeat(2000);
        assertEquals(List.of(), problems(new KbDraft("Título", text, "s", KbScope.PUBLIC, null)));
    }

    @Test
    void a_duplicate_names_the_existing_article() {
        KbDuplicateException known = new KbDuplicateException("KB-000012");
        assertEquals("kb.error.duplicate", known.getMessageKey());
        assertEquals(List.of("KB-000012"), known.getArguments());
        assertEquals("kb.error.duplicate.unknown", new KbDuplicateException(null).getMessageKey());
    }
}
