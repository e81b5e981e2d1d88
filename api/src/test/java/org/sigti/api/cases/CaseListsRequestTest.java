package org.sigti.api.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.api.ApiInputException;

class CaseListsRequestTest {

    @Test
    void defaults_to_the_first_page_of_mine() {
        CaseLists.Request request = CaseLists.Request.parse(null, null, null);
        assertEquals(new CaseLists.Request("mine", 0, 25), request);
        assertEquals(0, request.first());
    }

    @Test
    void a_page_starts_after_the_pages_before_it() {
        assertEquals(40, CaseLists.Request.parse("requested", "2", "20").first());
    }

    @Test
    void wrong_parameters_are_each_named() {
        ApiInputException e = assertThrows(ApiInputException.class,
                () -> CaseLists.Request.parse("everything", "-1", "101"));
        assertEquals(Map.of("scope", "choice", "page", "integer", "size", "range"), e.fields());
        assertEquals(Map.of("size", "range"), assertThrows(ApiInputException.class,
                () -> CaseLists.Request.parse("unit", "0", "0")).fields());
    }
}
