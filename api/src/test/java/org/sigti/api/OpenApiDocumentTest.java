package org.sigti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The published OpenAPI document validates and lists exactly the API's operations; each operation says its roles. */
class OpenApiDocumentTest {

    static SwaggerParseResult parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    static Set<String> documented(OpenAPI api) {
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                operations.add(op.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        return operations;
    }

    private static String document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertNotNull(in, OpenApiResource.DOCUMENT);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_document_is_valid_openapi_3() throws IOException {
        // when
        SwaggerParseResult result = parse(document());

        // then
        assertTrue(result.getMessages().isEmpty(), () -> "swagger-parser: " + result.getMessages());
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."));
    }

    @Test
    void the_document_lists_every_resource_method_and_no_other() throws IOException {
        // given
        Set<String> implemented = ResourceMethods.all().stream().map(op -> op.httpMethod() + " " + op.path())
                .collect(Collectors.toCollection(TreeSet::new));

        // when
        Set<String> documented = documented(parse(document()).getOpenAPI());

        // then
        assertFalse(implemented.isEmpty());
        assertEquals(implemented, documented);
    }

    @Test
    void every_resource_method_names_its_roles_or_is_open_on_purpose() {
        // then
        ResourceMethods.all().forEach(op -> assertTrue(op.method().isAnnotationPresent(RolesAllowed.class)
                || op.method().isAnnotationPresent(PermitAll.class), () -> op + " has neither @RolesAllowed nor"
                        + " @PermitAll"));
    }

    @Test
    void only_the_document_itself_is_public() {
        // then
        assertEquals(Set.of("get /openapi.yaml"), ResourceMethods.all().stream()
                .filter(op -> op.method().isAnnotationPresent(PermitAll.class))
                .map(op -> op.httpMethod() + " " + op.path()).collect(Collectors.toSet()));
    }
}
