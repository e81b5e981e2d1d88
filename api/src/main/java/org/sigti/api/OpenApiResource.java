package org.sigti.api;

import java.io.InputStream;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The API's OpenAPI 3 document, {@code /sigti/api/v1/openapi.yaml}, public (web.xml): maintained by hand beside the
 * resources ({@code org/sigti/api/openapi.yaml}); a unit test holds it to every resource method by reflection and
 * validates it with swagger-parser.
 */
@Path("openapi.yaml")
@RequestScoped
public class OpenApiResource {

    static final String DOCUMENT = "/org/sigti/api/openapi.yaml";

    @GET
    @PermitAll
    @Produces({"application/yaml", "text/plain"})
    public Response document() {
        InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT);
        return Response.ok(in).header("Cache-Control", "no-cache").build();
    }
}
