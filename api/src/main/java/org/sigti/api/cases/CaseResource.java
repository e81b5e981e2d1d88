package org.sigti.api.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.sigti.api.ApiInputException;
import org.sigti.api.Problems;
import org.sigti.security.Roles;
import org.sigti.workflow.CaseQueries;
import org.sigti.workflow.CaseRef;
import org.sigti.workflow.CaseView;
import org.sigti.workflow.IdempotentFiling;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.Workflow;

/**
 * {@code /cases}: file a case of a procedure the caller may start ({@link Workflow#start}, through
 * {@link IdempotentFiling} when the request carries an {@code Idempotency-Key}), read one case the caller may read
 * ({@link CaseQueries}: the case page's rule, and its recorded denial), and list the caller's inbox or requests
 * ({@link CaseLists}). The same roles as the screens that do the same.
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    /** The header of a request the client means to make once. */
    public static final String HEADER_KEY = "Idempotency-Key";

    @EJB
    Workflow workflow;

    @EJB
    IdempotentFiling filing;

    @EJB
    CaseQueries queries;

    @Inject
    CaseLists lists;

    @Inject
    Procedures procedures;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /**
     * Files a case (everyone who files on the screens; the Auditor reads only): 201 with its {@code Location} and the
     * case; with an {@code Idempotency-Key} already used by the caller for the same request in the last 24 hours, 200
     * with the case filed then (and {@code Idempotency-Replayed: true}), and nothing new.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
            Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
    public Response create(@HeaderParam(HEADER_KEY) String key, String body) {
        if (key != null && !validKey(key)) {
            throw ApiInputException.invalid(Map.of(HEADER_KEY, "idempotency.invalid"));
        }
        CaseDraft request = CaseDraft.parse(body);
        CaseRef ref;
        boolean replayed = false;
        if (key == null) {
            ref = workflow.start(request.procedure(), request.draft(), List.of());
        } else {
            IdempotentFiling.Filed filed = file(key, request);
            ref = filed.ref();
            replayed = filed.replayed();
        }
        CaseJson.Case created = CaseJson.of(queries.view(ref.id()), locale(), addresses());
        return (replayed ? Response.ok() : Response.status(Response.Status.CREATED)).location(created.links().self())
                .header("Idempotency-Replayed", key == null ? null : String.valueOf(replayed))
                .entity(created).build();
    }

    /** One case, by number ({@code SOL-2026-000123}) or id, when the caller may read it; else 403, recorded. */
    @GET
    @Path("{ref}")
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
            Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
    public CaseJson.Case read(@PathParam("ref") String ref) {
        if (ref.length() > 30) {
            throw ApiInputException.invalid(Map.of("ref", "range"));
        }
        if (CaseDraft.hasControlCharacters(ref)) {
            // NUL and the like name no case, and the database refuses them in a query
            throw ApiInputException.invalid(Map.of("ref", "control"));
        }
        CaseView view = ref.matches("[0-9]{1,18}") ? queries.view(Long.parseLong(ref)) : queries.viewByNumber(ref);
        return CaseJson.of(view, locale(), addresses());
    }

    /**
     * A page of the caller's inbox ({@code scope} mine, unit, office: "Mi bandeja" and its wider scopes, as the
     * caller's roles allow) or of their own requests ({@code requested}: "Mis solicitudes").
     */
    @GET
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
            Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
    public CaseJson.Page<?> list(@QueryParam("scope") String scope, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        CaseLists.Request request = CaseLists.Request.parse(scope, page, size);
        return lists.page(request, locale(), addresses());
    }

    /**
     * Files through {@link IdempotentFiling}. A request with the same key that filed while this one waited is answered
     * with its case; one that rolled back meanwhile (its key is gone) lets this one file, once more; a third collision
     * is a 409 the client retries.
     */
    private IdempotentFiling.Filed file(String key, CaseDraft request) {
        for (int attempt = 1;; attempt++) {
            try {
                return filing.file(key, request.fingerprint(), request.procedure(), request.draft());
            } catch (IdempotentFiling.KeyInUse concurrent) {
                var earlier = filing.earlier(key, request.fingerprint());
                if (earlier.isPresent() || attempt == 2) {
                    return earlier.orElseThrow(() -> concurrent);
                }
            }
        }
    }

    /** 1 to 255 visible ASCII characters. */
    public static boolean validKey(String key) {
        return !key.isEmpty() && key.length() <= 255 && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    private CaseJson.Addresses addresses() {
        return new CaseJson.Addresses(uri.getBaseUri());
    }
}
